import { type FormEvent, useState } from "react";
import { apiFetch } from "../../lib/api.ts";
import { ChampTexte } from "../commun/Champs.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";
import { BoutonsEtape, type ProprietesEtape } from "./commun.tsx";

const ids = {
  firstName: "inscription-prenom",
  lastName: "inscription-nom",
  phone: "inscription-telephone",
} as const;
const libelles = { firstName: "Prénom", lastName: "Nom", phone: "Téléphone professionnel" } as const;

const telephoneValide = (valeur: string) => /^\+?[\d\s.()-]{10,20}$/.test(valeur);

/** Step 2: the name ProConnect gave, and an optional phone (`PUT /auth/inscription/informations`). */
export function VerifierInformations({ etat, onTerminee, onPrecedente }: ProprietesEtape) {
  const { utilisateur } = etat;
  const [prenom, setPrenom] = useState(utilisateur.firstName ?? "");
  const [nom, setNom] = useState(utilisateur.lastName ?? "");
  const [telephone, setTelephone] = useState(utilisateur.phone ?? "");
  const [envoi, setEnvoi] = useState(false);
  const { erreurs, verifier, depuisApi, effacer, resume, tentative } = useErreurs(ids, libelles);

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    const ok = verifier({
      ...(prenom.trim() ? {} : { firstName: "Saisissez votre prénom." }),
      ...(nom.trim() ? {} : { lastName: "Saisissez votre nom." }),
      ...(telephone.trim() && !telephoneValide(telephone.trim())
        ? { phone: "Saisissez un numéro valide, par exemple 06 12 34 56 78." }
        : {}),
    });
    if (!ok) return;
    setEnvoi(true);
    try {
      await apiFetch("/auth/inscription/informations", {
        method: "PUT",
        json: {
          firstName: prenom.trim(),
          lastName: nom.trim(),
          // An emptied field removes the number.
          phone: telephone.trim() || null,
        },
      });
      await onTerminee();
    } catch (error) {
      depuisApi(error);
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <form onSubmit={envoyer} noValidate>
      <p>
        Ces informations viennent de ProConnect. Corrigez-les si besoin : elles seront visibles par votre
        équipe.
      </p>
      <p className="fr-text--sm">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />
      <ChampTexte
        id={ids.firstName}
        label={libelles.firstName}
        obligatoire
        autoComplete="given-name"
        valeur={prenom}
        onChange={(valeur) => {
          setPrenom(valeur);
          effacer("firstName");
        }}
        erreur={erreurs.firstName}
      />
      <ChampTexte
        id={ids.lastName}
        label={libelles.lastName}
        obligatoire
        autoComplete="family-name"
        valeur={nom}
        onChange={(valeur) => {
          setNom(valeur);
          effacer("lastName");
        }}
        erreur={erreurs.lastName}
      />
      <div className="fr-input-group">
        <p className="fr-label fr-mb-1w">Adresse e-mail</p>
        <p className="fr-text--bold fr-mb-1v">{utilisateur.email}</p>
        <p className="fr-hint-text">Celle de votre compte ProConnect : elle ne se modifie pas ici.</p>
      </div>
      <ChampTexte
        id={ids.phone}
        label={libelles.phone}
        indice="Facultatif. Par exemple 06 12 34 56 78."
        type="tel"
        autoComplete="tel"
        valeur={telephone}
        onChange={(valeur) => {
          setTelephone(valeur);
          effacer("phone");
        }}
        erreur={erreurs.phone}
      />
      <BoutonsEtape envoi={envoi} onPrecedente={onPrecedente} />
    </form>
  );
}
