import { useEffect, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import {
  beneficiaireVide,
  type ValeursBeneficiaire,
  valeursDepuisBeneficiaire,
} from "../../lib/beneficiaire-form.ts";
import { lireBeneficiaire, nomBeneficiaire } from "../../lib/beneficiaires-api.ts";
import { adresseFiche, adresseMesBeneficiaires } from "../../lib/beneficiaires-liste.ts";
import { cheminLocal } from "../../lib/session.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { FormulaireBeneficiaire } from "./FormulaireBeneficiaire.tsx";

type Chargement =
  | { etat: "chargement" }
  | { etat: "pret"; initial: ValeursBeneficiaire; id?: string; nom?: string }
  | { etat: "erreur"; message: string };

/**
 * `/coop/mes-beneficiaires/nouveau` (with an optional local `?retour=`, which then receives
 * `beneficiaire=<id>`) and `/coop/mes-beneficiaires/modifier?id=`.
 */
export default function PageFormulaireBeneficiaire({ mode }: { mode: "creation" | "modification" }) {
  const session = useSessionProtegee({ inscriptionValidee: true });
  const [chargement, setChargement] = useState<Chargement>({ etat: "chargement" });
  const [essai, setEssai] = useState(0);
  const connecte = session.etat === "connecte";

  useEffect(() => {
    if (!connecte) return;
    void essai;
    if (mode === "creation") {
      setChargement({ etat: "pret", initial: beneficiaireVide() });
      return;
    }
    const id = new URLSearchParams(window.location.search).get("id");
    if (!id) {
      setChargement({
        etat: "erreur",
        message: "Aucun bénéficiaire n'est indiqué dans l'adresse de la page.",
      });
      return;
    }
    setChargement({ etat: "chargement" });
    lireBeneficiaire(id).then(
      (beneficiaire) =>
        setChargement({
          etat: "pret",
          initial: valeursDepuisBeneficiaire(beneficiaire),
          id,
          nom: nomBeneficiaire(beneficiaire),
        }),
      (error: unknown) =>
        setChargement({
          etat: "erreur",
          message: error instanceof ApiError ? error.message : "Le bénéficiaire n'a pas pu être chargé.",
        }),
    );
  }, [connecte, mode, essai]);

  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  if (chargement.etat === "erreur")
    return <AlerteErreur message={chargement.message} reessayer={() => setEssai((n) => n + 1)} />;
  if (chargement.etat === "chargement") return <p role="status">Chargement du bénéficiaire…</p>;

  const retour =
    mode === "creation" ? cheminLocal(new URLSearchParams(window.location.search).get("retour")) : undefined;
  const annuler = retour ?? (chargement.id ? adresseFiche(chargement.id) : adresseMesBeneficiaires);
  return (
    <>
      {chargement.nom && <p className="fr-text--lead">{chargement.nom}</p>}
      <FormulaireBeneficiaire
        initial={chargement.initial}
        beneficiaireId={chargement.id}
        onEnregistre={(beneficiaire) => {
          if (retour) {
            const cible = new URL(retour, window.location.origin);
            cible.searchParams.set("beneficiaire", beneficiaire.id);
            window.location.assign(cible.pathname + cible.search);
          } else
            window.location.assign(
              `${adresseFiche(chargement.id ?? beneficiaire.id)}&succes=${chargement.id ? "modifie" : "cree"}`,
            );
        }}
        actions={
          <li>
            <a className="fr-btn fr-btn--secondary" href={annuler}>
              Annuler
            </a>
          </li>
        }
      />
    </>
  );
}
