import { type FormEvent, useState } from "react";
import { type ClientApi, optionsPortees } from "../../lib/administration.ts";
import { apiFetch } from "../../lib/api.ts";
import { depuisChampDate, versChampDate } from "../../lib/format.ts";
import { ChampTexte, GroupeCases } from "../commun/Champs.tsx";
import { Modale } from "../commun/Modale.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";
import { idsModales } from "./TableClientsApi.tsx";

const ids = { scopes: "modification-portees", validUntil: "modification-fin" } as const;
const libelles = { scopes: "Données accessibles", validUntil: "Valide jusqu'au (inclus)" } as const;
const idFormulaire = "formulaire-modification-client";

/** The modal that changes a client's scopes and end of validity (`PATCH …/clients-api/:id`). */
export function ModificationClientApi({
  client,
  onModifie,
}: {
  client: ClientApi | null;
  onModifie: (client: ClientApi) => void;
}) {
  const [envoi, setEnvoi] = useState(false);
  return (
    <Modale
      id={idsModales.modification}
      titre={client ? `Modifier le client « ${client.name} »` : "Modifier le client"}
      actions={
        <>
          <li>
            <button className="fr-btn" type="submit" form={idFormulaire} disabled={envoi || !client}>
              Enregistrer
            </button>
          </li>
          <li>
            <button
              className="fr-btn fr-btn--secondary"
              type="button"
              aria-controls={idsModales.modification}
            >
              Annuler
            </button>
          </li>
        </>
      }
    >
      {client && (
        <Formulaire
          key={client.id + client.updated}
          client={client}
          onModifie={onModifie}
          setEnvoi={setEnvoi}
        />
      )}
    </Modale>
  );
}

function Formulaire({
  client,
  onModifie,
  setEnvoi,
}: {
  client: ClientApi;
  onModifie: (client: ClientApi) => void;
  setEnvoi: (envoi: boolean) => void;
}) {
  const [portees, setPortees] = useState<string[]>(client.scopes);
  const [fin, setFin] = useState(versChampDate(client.validUntil));
  const { erreurs, verifier, depuisApi, resume, tentative } = useErreurs(ids, libelles);

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    const validUntil = depuisChampDate(fin, true);
    const ok = verifier({
      ...(portees.length === 0 ? { scopes: "Choisissez au moins une donnée accessible." } : {}),
      ...(fin && !validUntil ? { validUntil: "Saisissez une date valide." } : {}),
    });
    if (!ok) return;
    setEnvoi(true);
    try {
      const { client: modifie } = await apiFetch<{ client: ClientApi }>(
        `/auth/administration/clients-api/${encodeURIComponent(client.id)}`,
        { method: "PATCH", json: { scopes: portees, validUntil: validUntil ?? null } },
      );
      onModifie(modifie);
    } catch (error) {
      depuisApi(error);
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <form id={idFormulaire} onSubmit={envoyer} noValidate>
      <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />
      <GroupeCases
        id={ids.scopes}
        legende={libelles.scopes}
        obligatoire
        options={optionsPortees}
        valeurs={portees}
        onChange={setPortees}
        erreur={erreurs.scopes}
      />
      <ChampTexte
        id={ids.validUntil}
        label={libelles.validUntil}
        indice="Vide : sans date de fin."
        type="date"
        valeur={fin}
        onChange={setFin}
        erreur={erreurs.validUntil}
      />
    </form>
  );
}
