import { type FormEvent, useState } from "react";
import { apiFetch } from "../../lib/api.ts";
import { libellesProfils, type Profil, profilDe } from "../../lib/inscription.ts";
import { CaseACocher, GroupeRadios } from "../commun/Champs.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";
import { BoutonsEtape, type ProprietesEtape } from "./commun.tsx";

const ids = { profil: "inscription-profil", acceptationCgu: "inscription-cgu" } as const;
const libelles = { profil: "Rôle", acceptationCgu: "Conditions générales d'utilisation" } as const;

const options = [
  {
    value: "mediateur",
    label: libellesProfils.mediateur,
    indice: "Vous accompagnez des personnes dans leurs usages du numérique.",
  },
  {
    value: "coordinateur",
    label: libellesProfils.coordinateur,
    indice: "Vous coordonnez une équipe de médiateurs et médiatrices numériques.",
  },
];

/** Step 1: mediator or coordinator, and the terms of use (`POST /auth/inscription/role`). */
export function ChoisirRole({
  etat,
  onTerminee,
  profil,
  onProfil,
}: ProprietesEtape & { profil: Profil | undefined; onProfil: (profil: Profil) => void }) {
  const [cgu, setCgu] = useState(Boolean(etat.utilisateur.acceptationCgu));
  const [envoi, setEnvoi] = useState(false);
  const { erreurs, verifier, depuisApi, effacer, resume, tentative } = useErreurs(ids, libelles);
  const choisi = profilDe(etat, profil);

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    const ok = verifier({
      ...(choisi ? {} : { profil: "Choisissez votre rôle." }),
      ...(cgu ? {} : { acceptationCgu: "Acceptez les conditions générales d'utilisation pour continuer." }),
    });
    if (!ok || !choisi) return;
    setEnvoi(true);
    try {
      await apiFetch("/auth/inscription/role", { json: { profil: choisi, acceptationCgu: true } });
      await onTerminee();
    } catch (error) {
      depuisApi(error);
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <form onSubmit={envoyer} noValidate>
      <p className="fr-text--sm">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />
      {etat.utilisateur.isConseillerNumerique && (
        <p>
          Vous êtes conseiller ou conseillère numérique : choisissez le rôle qui correspond à votre poste.
        </p>
      )}
      <GroupeRadios
        id={ids.profil}
        legende="Quel est votre rôle ?"
        obligatoire
        options={options}
        valeur={choisi ?? ""}
        onChange={(valeur) => {
          onProfil(valeur as Profil);
          effacer("profil");
        }}
        erreur={erreurs.profil}
      />
      <p className="fr-mb-2w">
        <a
          href="/cgu"
          target="_blank"
          rel="noopener"
          title="Lire les conditions générales d'utilisation - nouvelle fenêtre"
        >
          Lire les conditions générales d'utilisation
        </a>
      </p>
      <CaseACocher
        id={ids.acceptationCgu}
        label="J'accepte les conditions générales d'utilisation de La Coop"
        obligatoire
        coche={cgu}
        onChange={(coche) => {
          setCgu(coche);
          effacer("acceptationCgu");
        }}
        erreur={erreurs.acceptationCgu}
      />
      <BoutonsEtape envoi={envoi} />
    </form>
  );
}
