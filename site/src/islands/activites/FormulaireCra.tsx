import { optionsDuree } from "@coop/domain";
import { useEffect, useState } from "react";
import {
  type Activite,
  lireActivite,
  lireDureesFrequentes,
  lireTags,
  type Tag,
  type TypeActivite,
} from "../../lib/activites-api.ts";
import { adresseCra } from "../../lib/activites-liste.ts";
import { ApiError } from "../../lib/api.ts";
import { type Beneficiaire, lireBeneficiaire } from "../../lib/beneficiaires-api.ts";
import { avecOptionsDuree, craVide, type ValeursCra, valeursDepuisActivite } from "../../lib/cra-form.ts";
import type { Structure } from "../../lib/inscription.ts";
import { lireMesLieux } from "../../lib/structures-api.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { SaisieCra } from "./SaisieCra.tsx";

export type Mode = "creation" | "modification" | "duplication";

const titres: Record<TypeActivite, Record<Mode, string>> = {
  individuel: {
    creation: "Enregistrer un accompagnement individuel",
    modification: "Modifier un accompagnement individuel",
    duplication: "Dupliquer un accompagnement individuel",
  },
  collectif: {
    creation: "Enregistrer un atelier collectif",
    modification: "Modifier un atelier collectif",
    duplication: "Dupliquer un atelier collectif",
  },
};

export type Contexte = {
  mode: Mode;
  activiteId: string | null;
  initial: ValeursCra;
  lieux: Structure[];
  frequentes: number[];
  tags: Tag[];
  origine: Activite | null;
};

/**
 * The CRA form of one type, at `/coop/mes-activites/cra/<type>`: a new activité, `?id=` to modify
 * one, `?dupliquer=` to record a copy, `?beneficiaire=` to start with that bénéficiaire.
 */
export default function FormulaireCra({ type }: { type: TypeActivite }) {
  const session = useSessionProtegee({ inscriptionValidee: true });
  const [contexte, setContexte] = useState<Contexte | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>("creation");
  const [essai, setEssai] = useState(0);
  const connecte = session.etat === "connecte";

  useEffect(() => {
    if (!connecte) return;
    let actif = true;
    void essai;
    setErreur(null);
    const parametres = new URLSearchParams(window.location.search);
    const activiteId = parametres.get("id");
    const dupliquer = parametres.get("dupliquer");
    const beneficiaireId = parametres.get("beneficiaire");
    const modeDemande: Mode = activiteId ? "modification" : dupliquer ? "duplication" : "creation";
    setMode(modeDemande);
    document.title = document.title.replace(/^[^-]+/, `${titres[type][modeDemande]} `);
    const origineId = activiteId ?? dupliquer;
    Promise.all([
      lireMesLieux().catch(() => [] as Structure[]),
      lireDureesFrequentes().catch(() => [] as number[]),
      lireTags().catch(() => [] as Tag[]),
      origineId ? lireActivite(origineId) : Promise.resolve(null),
      beneficiaireId && !origineId
        ? lireBeneficiaire(beneficiaireId).catch(() => null)
        : Promise.resolve(null),
    ]).then(
      ([lieux, frequentes, tags, origine, beneficiaire]) => {
        if (!actif) return;
        if (origine && origine.type !== type) {
          window.location.replace(adresseCra(origine.type, window.location.search.slice(1)));
          return;
        }
        setContexte({
          mode: modeDemande,
          activiteId,
          initial: valeursInitiales(origine, beneficiaire, lieux, frequentes),
          lieux: avecLieuDeLActivite(lieux, origine),
          frequentes,
          tags,
          origine,
        });
      },
      (error: unknown) => {
        if (actif)
          setErreur(
            error instanceof ApiError ? error.message : "Le formulaire n'a pas pu être chargé. Réessayez.",
          );
      },
    );
    return () => {
      actif = false;
    };
  }, [connecte, type, essai]);

  return (
    <>
      <h1>{titres[type][mode]}</h1>
      {session.etat !== "connecte" ? (
        <EtatPage etat={session} />
      ) : erreur ? (
        <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />
      ) : !contexte ? (
        <p role="status">Chargement du formulaire…</p>
      ) : (
        <SaisieCra type={type} contexte={contexte} />
      )}
    </>
  );
}

/** The form's starting point: empty (one lieu preselected), a saved activité, or a bénéficiaire. */
function valeursInitiales(
  origine: Activite | null,
  beneficiaire: Beneficiaire | null,
  lieux: Structure[],
  frequentes: number[],
): ValeursCra {
  if (origine) return avecOptionsDuree(valeursDepuisActivite(origine), optionsDuree(frequentes));
  const vide = craVide();
  if (lieux.length > 0) {
    vide.typeLieu = "lieu_activite";
    vide.structureId = lieux.length === 1 ? (lieux[0]?.id ?? "") : "";
  }
  if (beneficiaire) {
    const personne = { id: beneficiaire.id, prenom: beneficiaire.prenom, nom: beneficiaire.nom };
    vide.beneficiaire = personne;
    vide.participants = [personne];
  }
  return vide;
}

/** A lieu the médiateur has left since stays choosable on the activités recorded there. */
function avecLieuDeLActivite(lieux: Structure[], origine: Activite | null): Structure[] {
  const structure = origine?.structure;
  if (!structure || lieux.some((lieu) => lieu.id === structure.id)) return lieux;
  return [...lieux, { id: structure.id, nom: structure.nom, commune: structure.commune ?? null }];
}
