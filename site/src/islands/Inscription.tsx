import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "../lib/api.ts";
import {
  type EtapeFormulaire,
  type EtatInscription,
  etapesPour,
  type Initialisation,
  type Profil,
  titresEtapes,
} from "../lib/inscription.ts";
import { useSessionProtegee } from "../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "./commun/EtatPage.tsx";
import { ChoisirRole } from "./inscription/ChoisirRole.tsx";
import { LieuxActivite } from "./inscription/LieuxActivite.tsx";
import { Recapitulatif } from "./inscription/Recapitulatif.tsx";
import { StructureEmployeuse } from "./inscription/StructureEmployeuse.tsx";
import { VerifierInformations } from "./inscription/VerifierInformations.tsx";

const messageDataspace =
  "Nous n'avons pas pu récupérer vos informations de conseiller numérique pour le moment. Vous pouvez poursuivre votre inscription.";

/**
 * The whole inscription on one page: starts it once (`POST /auth/inscription/initialiser`), then shows
 * the step the server says is next, with the DSFR stepper. Each step saves itself before moving on.
 */
export default function Inscription() {
  const session = useSessionProtegee();
  const [etat, setEtat] = useState<EtatInscription | null>(null);
  const [etape, setEtape] = useState<EtapeFormulaire | null>(null);
  const [profilChoisi, setProfilChoisi] = useState<Profil | undefined>();
  const [info, setInfo] = useState<string | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const titre = useRef<HTMLHeadingElement>(null);
  const deplacerFocus = useRef(false);

  const charger = useCallback(async () => {
    const nouvel = await apiFetch<EtatInscription>("/auth/inscription");
    if (nouvel.etape === "terminee") {
      window.location.replace("/coop");
      return null;
    }
    setEtat(nouvel);
    return nouvel;
  }, []);

  const connecte = session.etat === "connecte";
  const dejaValidee = connecte && Boolean(session.session.user.inscriptionValidee);

  useEffect(() => {
    if (!connecte) return;
    if (dejaValidee) {
      window.location.replace("/coop");
      return;
    }
    let actif = true;
    void essai;
    setErreur(null);
    (async () => {
      const initialisation = await apiFetch<Initialisation>("/auth/inscription/initialiser", {
        method: "POST",
      });
      if (initialisation.dataspace === "indisponible") setInfo(initialisation.message ?? messageDataspace);
      const premier = await charger();
      if (actif && premier) setEtape(premier.etape as EtapeFormulaire);
    })().catch((error: unknown) => {
      if (actif) setErreur(error instanceof ApiError ? error.message : "Le chargement n'a pas abouti.");
    });
    return () => {
      actif = false;
    };
  }, [connecte, dejaValidee, essai, charger]);

  useEffect(() => {
    if (etape && deplacerFocus.current) {
      deplacerFocus.current = false;
      titre.current?.focus();
      titre.current?.scrollIntoView({ block: "start" });
    }
  }, [etape]);

  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  if (erreur) return <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />;
  if (!etat || !etape)
    return (
      <p role="status" className="fr-text--lg">
        Préparation de votre inscription…
      </p>
    );

  const etapes = etapesPour(etat, profilChoisi);
  const rang = Math.max(0, etapes.indexOf(etape));
  const suivante = etapes[rang + 1];

  const aller = (cible: EtapeFormulaire) => {
    deplacerFocus.current = true;
    setEtape(cible);
  };

  /** After a step is saved: the server's next step, or at least the one after this. */
  const terminer = async () => {
    const nouvel = await charger();
    if (!nouvel) return;
    const liste = etapesPour(nouvel, profilChoisi);
    const serveur = liste.indexOf(nouvel.etape as EtapeFormulaire);
    const local = liste.indexOf(etape) + 1;
    aller(liste[Math.min(Math.max(serveur, local), liste.length - 1)] ?? "recapitulatif");
  };

  const precedente = rang > 0 ? () => aller(etapes[rang - 1] as EtapeFormulaire) : undefined;
  const proprietes = { etat, onTerminee: terminer, onPrecedente: precedente };

  return (
    <>
      {info && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>{info}</p>
        </div>
      )}
      <div className="fr-stepper">
        <h2 className="fr-stepper__title" ref={titre} tabIndex={-1}>
          {titresEtapes[etape]}
          <span className="fr-stepper__state">
            Étape {rang + 1} sur {etapes.length}
          </span>
        </h2>
        <div className="fr-stepper__steps" data-fr-current-step={rang + 1} data-fr-steps={etapes.length} />
        {suivante && (
          <p className="fr-stepper__details">
            <span className="fr-text--bold">Étape suivante :</span> {titresEtapes[suivante]}
          </p>
        )}
      </div>
      {etape === "choisir-role" && (
        <ChoisirRole {...proprietes} profil={profilChoisi} onProfil={setProfilChoisi} />
      )}
      {etape === "verifier-informations" && <VerifierInformations {...proprietes} />}
      {etape === "structure-employeuse" && <StructureEmployeuse {...proprietes} />}
      {etape === "lieux-activite" && <LieuxActivite {...proprietes} />}
      {etape === "recapitulatif" && (
        <Recapitulatif {...proprietes} profil={profilChoisi} etapes={etapes} onModifier={aller} />
      )}
    </>
  );
}
