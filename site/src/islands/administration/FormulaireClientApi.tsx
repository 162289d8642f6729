import { type FormEvent, useState } from "react";
import { type ClientApi, optionsPortees } from "../../lib/administration.ts";
import { apiFetch } from "../../lib/api.ts";
import { depuisChampDate } from "../../lib/format.ts";
import { ChampTexte, GroupeCases } from "../commun/Champs.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";

const ids = {
  name: "client-nom",
  scopes: "client-portees",
  validFrom: "client-debut",
  validUntil: "client-fin",
} as const;
const libelles = {
  name: "Nom du partenaire",
  scopes: "Données accessibles",
  validFrom: "Valide à partir du",
  validUntil: "Valide jusqu'au (inclus)",
} as const;

/** Creates a partner API client (`POST /auth/administration/clients-api`); the answer carries the secret. */
export function FormulaireClientApi({ onCree }: { onCree: (client: ClientApi, secret: string) => void }) {
  const [nom, setNom] = useState("");
  const [portees, setPortees] = useState<string[]>([]);
  const [debut, setDebut] = useState("");
  const [fin, setFin] = useState("");
  const [envoi, setEnvoi] = useState(false);
  const { erreurs, verifier, depuisApi, effacer, resume, tentative } = useErreurs(ids, libelles);

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    const validFrom = depuisChampDate(debut);
    const validUntil = depuisChampDate(fin, true);
    const ok = verifier({
      ...(nom.trim().length < 3 ? { name: "Saisissez un nom d'au moins 3 caractères." } : {}),
      ...(portees.length === 0 ? { scopes: "Choisissez au moins une donnée accessible." } : {}),
      ...(debut && !validFrom ? { validFrom: "Saisissez une date valide." } : {}),
      ...(fin && !validUntil
        ? { validUntil: "Saisissez une date valide." }
        : validUntil && new Date(validUntil) <= new Date(validFrom ?? Date.now())
          ? { validUntil: "La fin de validité doit être après le début." }
          : {}),
    });
    if (!ok) return;
    setEnvoi(true);
    try {
      const { client, secret } = await apiFetch<{ client: ClientApi; secret: string }>(
        "/auth/administration/clients-api",
        {
          json: {
            name: nom.trim(),
            scopes: portees,
            ...(validFrom ? { validFrom } : {}),
            ...(validUntil ? { validUntil } : {}),
          },
        },
      );
      setNom("");
      setPortees([]);
      setDebut("");
      setFin("");
      onCree(client, secret);
    } catch (error) {
      depuisApi(error);
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby="client-titre">
      <h2 id="client-titre">Créer un client</h2>
      <p className="fr-text--sm">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />
      <ChampTexte
        id={ids.name}
        label={libelles.name}
        indice="Par exemple : Région Nouvelle-Aquitaine – tableau de bord"
        obligatoire
        maxLength={100}
        valeur={nom}
        onChange={(valeur) => {
          setNom(valeur);
          effacer("name");
        }}
        erreur={erreurs.name}
      />
      <GroupeCases
        id={ids.scopes}
        legende={libelles.scopes}
        obligatoire
        options={optionsPortees}
        valeurs={portees}
        onChange={(valeurs) => {
          setPortees(valeurs);
          effacer("scopes");
        }}
        erreur={erreurs.scopes}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <ChampTexte
            id={ids.validFrom}
            label={libelles.validFrom}
            indice="Facultatif. Par défaut : aujourd'hui."
            type="date"
            valeur={debut}
            onChange={(valeur) => {
              setDebut(valeur);
              effacer("validFrom");
            }}
            erreur={erreurs.validFrom}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <ChampTexte
            id={ids.validUntil}
            label={libelles.validUntil}
            indice="Facultatif. Vide : sans date de fin."
            type="date"
            valeur={fin}
            onChange={(valeur) => {
              setFin(valeur);
              effacer("validUntil");
            }}
            erreur={erreurs.validUntil}
          />
        </div>
      </div>
      <button className="fr-btn fr-mt-2w" type="submit" disabled={envoi}>
        Créer le client et son secret
      </button>
    </form>
  );
}
