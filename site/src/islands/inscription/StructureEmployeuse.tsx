import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "../../lib/api.ts";
import { adresseComplete, type Entreprise, type Structure } from "../../lib/inscription.ts";
import { erreurSiret, normaliserSiret } from "../../lib/siret.ts";
import {
  enregistrerStructureEmployeuse,
  entrepriseParSiret,
  lireStructureEmployeuse,
} from "../../lib/structures-api.ts";
import { ChampTexte } from "../commun/Champs.tsx";
import { AlerteErreur } from "../commun/EtatPage.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";
import { BoutonsEtape, type ProprietesEtape } from "./commun.tsx";

const ids = { siret: "inscription-siret" } as const;
const libelles = { siret: "SIRET de votre structure employeuse" } as const;

type Recherche =
  | { etat: "saisie" }
  | { etat: "recherche" }
  | { etat: "trouvee"; entreprise: Entreprise }
  | { etat: "indisponible"; message: string };

/**
 * Step 3: the employer, found by SIRET in "Recherche d'entreprises" (`GET /structures/entreprises`),
 * then confirmed (`PUT /structures/inscription/structure-employeuse`). An employer already known
 * (from ProConnect or Dataspace) is offered first.
 */
export function StructureEmployeuse({ etat, onTerminee, onPrecedente }: ProprietesEtape) {
  const [actuelle, setActuelle] = useState<Structure | null | undefined>(undefined);
  const [changer, setChanger] = useState(false);
  const [siret, setSiret] = useState(etat.utilisateur.siret ?? "");
  const [recherche, setRecherche] = useState<Recherche>({ etat: "saisie" });
  const [envoi, setEnvoi] = useState(false);
  const { erreurs, verifier, depuisApi, effacer, resume, tentative } = useErreurs(ids, libelles);
  const apercu = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    lireStructureEmployeuse().then(
      (structure) => setActuelle(structure),
      () => setActuelle(null),
    );
  }, []);

  useEffect(() => {
    if (recherche.etat === "trouvee") apercu.current?.focus();
  }, [recherche]);

  const chercher = async (event?: FormEvent) => {
    event?.preventDefault();
    const probleme = erreurSiret(siret);
    if (!verifier(probleme ? { siret: probleme } : {})) return;
    setRecherche({ etat: "recherche" });
    try {
      const entreprise = await entrepriseParSiret(normaliserSiret(siret));
      setRecherche({ etat: "trouvee", entreprise });
    } catch (error) {
      setRecherche({ etat: "saisie" });
      if (error instanceof ApiError && error.status === 404) {
        verifier({ siret: "Aucun établissement ne correspond à ce SIRET. Vérifiez le numéro saisi." });
      } else if (error instanceof ApiError && (error.status === 503 || error.status === 0)) {
        setRecherche({ etat: "indisponible", message: error.message });
      } else {
        depuisApi(error);
      }
    }
  };

  const confirmer = async (siretChoisi: string) => {
    setEnvoi(true);
    try {
      await enregistrerStructureEmployeuse(siretChoisi);
      await onTerminee();
    } catch (error) {
      setRecherche({ etat: "saisie" });
      depuisApi(error);
    } finally {
      setEnvoi(false);
    }
  };

  if (actuelle === undefined) return <p role="status">Chargement de votre structure employeuse…</p>;

  if (actuelle?.siret && !changer) {
    const siretActuel = actuelle.siret;
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirmer(siretActuel);
        }}
        noValidate
      >
        <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />
        <p>Nous avons trouvé votre structure employeuse. Vérifiez qu'il s'agit bien d'elle.</p>
        <FicheStructure nom={actuelle.nom} adresse={adresseComplete(actuelle)} siret={siretActuel} />
        <button className="fr-btn fr-btn--tertiary fr-btn--sm" type="button" onClick={() => setChanger(true)}>
          Ce n'est pas ma structure : saisir un autre SIRET
        </button>
        <BoutonsEtape envoi={envoi} onPrecedente={onPrecedente} libelle="Confirmer et continuer" />
      </form>
    );
  }

  return (
    <>
      <form onSubmit={chercher} noValidate aria-label="Rechercher votre structure employeuse par SIRET">
        <p>La structure qui vous emploie : association, collectivité, entreprise…</p>
        <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />
        <ChampTexte
          id={ids.siret}
          label={libelles.siret}
          indice="14 chiffres. Il figure sur votre fiche de paie, ou sur l'Annuaire des entreprises."
          obligatoire
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          valeur={siret}
          onChange={(valeur) => {
            setSiret(valeur);
            effacer("siret");
            if (recherche.etat !== "saisie") setRecherche({ etat: "saisie" });
          }}
          erreur={erreurs.siret}
        />
        <button className="fr-btn fr-btn--secondary" type="submit" disabled={recherche.etat === "recherche"}>
          {recherche.etat === "recherche" ? "Recherche en cours…" : "Rechercher"}
        </button>
      </form>

      <div aria-live="polite" className="fr-mt-4w">
        {recherche.etat === "indisponible" && (
          <AlerteErreur
            titre="Recherche impossible pour le moment"
            message={recherche.message}
            reessayer={() => void chercher()}
          />
        )}
      </div>

      {recherche.etat === "trouvee" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirmer(recherche.entreprise.siret);
          }}
          noValidate
        >
          <h3 className="fr-h6" ref={apercu} tabIndex={-1}>
            Est-ce bien votre structure ?
          </h3>
          <FicheStructure
            nom={recherche.entreprise.nom}
            adresse={adresseComplete(recherche.entreprise)}
            siret={recherche.entreprise.siret}
            fermee={!recherche.entreprise.actif}
          />
          <BoutonsEtape envoi={envoi} onPrecedente={onPrecedente} libelle="Confirmer cette structure" />
        </form>
      )}

      {recherche.etat !== "trouvee" && onPrecedente && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <button className="fr-btn fr-btn--secondary" type="button" onClick={onPrecedente}>
              Étape précédente
            </button>
          </li>
        </ul>
      )}
    </>
  );
}

function FicheStructure({
  nom,
  adresse,
  siret,
  fermee,
}: {
  nom: string;
  adresse: string;
  siret: string;
  fermee?: boolean;
}) {
  return (
    <div className="fr-callout fr-mb-2w">
      <p className="fr-callout__title">{nom}</p>
      <p className="fr-callout__text fr-text--md">
        {adresse}
        <br />
        SIRET : {siret}
      </p>
      {fermee && <p className="fr-badge fr-badge--warning fr-mt-2w">Établissement fermé selon l'Insee</p>}
    </div>
  );
}
