import type { Personne } from "../../lib/activites-api.ts";
import {
  type BeneficiaireResume,
  nomBeneficiaire,
  rechercherBeneficiaires,
} from "../../lib/beneficiaires-api.ts";
import { Combobox } from "../commun/Combobox.tsx";

/** What tells two namesakes apart in the suggestions. */
const detail = (b: BeneficiaireResume) =>
  [
    b.anneeNaissance && `né·e en ${b.anneeNaissance}`,
    b.commune && (b.communeCodePostal ? `${b.commune} (${b.communeCodePostal})` : b.commune),
    b.telephone,
    b.email,
  ]
    .filter(Boolean)
    .join(" · ") || undefined;

/** Search among the médiateur's own bénéficiaires (`GET /beneficiaires/recherche`), without those already chosen. */
export function ComboboxBeneficiaires({
  id,
  label,
  indice,
  erreur,
  obligatoire,
  exclure,
  onChoisir,
}: {
  id: string;
  label: string;
  indice?: string;
  erreur?: string | undefined;
  obligatoire?: boolean;
  exclure: readonly string[];
  onChoisir: (personne: Personne) => void;
}) {
  return (
    <Combobox<BeneficiaireResume>
      id={id}
      label={label}
      indice={indice ?? "Saisissez au moins 2 caractères : nom, prénom, commune, e-mail ou code postal."}
      erreur={erreur}
      obligatoire={obligatoire}
      chercher={(q, signal) => rechercherBeneficiaires(q, exclure, signal)}
      cle={(b) => b.id}
      rendu={(b) => ({ titre: nomBeneficiaire(b), detail: detail(b) })}
      onChoisir={(b) => onChoisir({ id: b.id, prenom: b.prenom, nom: b.nom })}
      nature="bénéficiaire"
      aucunResultat="Aucun de vos bénéficiaires ne correspond. Vous pouvez le créer."
    />
  );
}
