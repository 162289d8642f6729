import type { BeneficiaireResume, TriBeneficiaires } from "../../lib/beneficiaires-api.ts";
import { nomBeneficiaire } from "../../lib/beneficiaires-api.ts";
import {
  adresseBeneficiaires,
  adresseFiche,
  adresseModifier,
  type FiltresBeneficiaires,
} from "../../lib/beneficiaires-liste.ts";
import { EnTeteTri } from "../commun/EnTeteTri.tsx";
import { Tableau } from "../commun/Tableau.tsx";

const commune = (b: BeneficiaireResume) =>
  b.commune ? (b.communeCodePostal ? `${b.commune} (${b.communeCodePostal})` : b.commune) : "";

/** The bénéficiaires of the current page: a checkbox each for the deletion, sortable columns. */
export function TableBeneficiaires({
  lignes,
  filtres,
  choisi,
  onBasculer,
  onTous,
}: {
  lignes: readonly BeneficiaireResume[];
  filtres: FiltresBeneficiaires;
  choisi: (beneficiaire: BeneficiaireResume) => boolean;
  onBasculer: (beneficiaire: BeneficiaireResume, coche: boolean) => void;
  onTous: (coche: boolean) => void;
}) {
  const tri = (colonne: TriBeneficiaires, titre: string) => {
    const courant = filtres.tri === colonne ? filtres.ordre : undefined;
    return (
      <EnTeteTri
        titre={titre}
        ordre={courant}
        lien={adresseBeneficiaires(filtres, {
          tri: colonne,
          ordre: courant === "asc" ? "desc" : "asc",
          page: 1,
        })}
      />
    );
  };
  return (
    <Tableau legende="Mes bénéficiaires">
      <thead>
        <tr>
          <th scope="col" className="fr-cell--fixed">
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input
                type="checkbox"
                id="beneficiaires-tous"
                checked={lignes.length > 0 && lignes.every(choisi)}
                onChange={(event) => onTous(event.target.checked)}
              />
              <label className="fr-label" htmlFor="beneficiaires-tous">
                Sélectionner tous les bénéficiaires de la page
              </label>
            </div>
          </th>
          {tri("nom", "Nom")}
          {tri("prenom", "Prénom")}
          {tri("anneeNaissance", "Année de naissance")}
          <th scope="col">Commune</th>
          {tri("accompagnementsCount", "Accompagnements")}
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {lignes.map((b) => (
          <tr key={b.id}>
            <td className="fr-cell--fixed">
              <div className="fr-checkbox-group fr-checkbox-group--sm">
                <input
                  type="checkbox"
                  id={`beneficiaire-${b.id}`}
                  checked={choisi(b)}
                  onChange={(event) => onBasculer(b, event.target.checked)}
                />
                <label className="fr-label" htmlFor={`beneficiaire-${b.id}`}>
                  Sélectionner {nomBeneficiaire(b)}
                </label>
              </div>
            </td>
            <th scope="row" className="fr-text--regular">
              <a href={adresseFiche(b.id)}>
                {b.nom ?? ""}
                <span className="fr-sr-only"> {b.prenom ?? ""}</span>
              </a>
            </th>
            <td>{b.prenom}</td>
            <td>{b.anneeNaissance ?? ""}</td>
            <td className="coop-cellule-large">{commune(b)}</td>
            <td>{b.accompagnementsCount}</td>
            <td>
              <a
                className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-edit-line"
                title="Modifier"
                href={adresseModifier(b.id)}
              >
                Modifier {nomBeneficiaire(b)}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </Tableau>
  );
}
