import { useEffect, useRef, useState } from "react";
import type { ClientApi } from "../../lib/administration.ts";
import { ApiError, apiFetch } from "../../lib/api.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { fermerModale, Modale } from "../commun/Modale.tsx";
import { FormulaireClientApi } from "./FormulaireClientApi.tsx";
import { ModificationClientApi } from "./ModificationClientApi.tsx";
import { SecretUneFois } from "./SecretUneFois.tsx";
import { type ActionClient, idsModales, TableClientsApi } from "./TableClientsApi.tsx";

const base = "/auth/administration/clients-api";

/** Partner API clients: list, creation, secret rotation, revocation, scopes. Administrators only. */
export default function ClientsApi() {
  const session = useSessionProtegee({ roles: ["admin"] });
  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  return <Clients />;
}

function Clients() {
  const [clients, setClients] = useState<ClientApi[] | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const [secret, setSecret] = useState<{ client: ClientApi; secret: string } | null>(null);
  const [cible, setCible] = useState<ActionClient | null>(null);
  const [erreurAction, setErreurAction] = useState<string | null>(null);
  const [envoi, setEnvoi] = useState(false);
  const [annonce, setAnnonce] = useState<string | null>(null);
  const alerte = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void essai;
    setErreur(null);
    apiFetch<{ clients: ClientApi[] }>(base).then(
      (reponse) => setClients(reponse.clients),
      (error: unknown) =>
        setErreur(error instanceof ApiError ? error.message : "La liste n'a pas pu être chargée."),
    );
  }, [essai]);

  useEffect(() => {
    if (annonce) alerte.current?.focus();
  }, [annonce]);

  const remplacer = (client: ClientApi) =>
    setClients((actuels) => (actuels ?? []).map((c) => (c.id === client.id ? client : c)));

  const agir = async (type: "secret" | "revocation") => {
    if (!cible) return;
    setEnvoi(true);
    setErreurAction(null);
    try {
      const chemin = `${base}/${encodeURIComponent(cible.client.id)}/${type}`;
      if (type === "secret") {
        const reponse = await apiFetch<{ client: ClientApi; secret: string }>(chemin, { method: "POST" });
        remplacer(reponse.client);
        fermerModale(idsModales.secret);
        setAnnonce(null);
        setSecret(reponse);
      } else {
        const reponse = await apiFetch<{ client: ClientApi }>(chemin, { method: "POST" });
        remplacer(reponse.client);
        fermerModale(idsModales.revocation);
        setAnnonce(
          `Le client « ${cible.client.name} » est révoqué : ses appels sont refusés dès maintenant.`,
        );
      }
    } catch (error) {
      setErreurAction(error instanceof ApiError ? error.message : "L'action n'a pas abouti. Réessayez.");
    } finally {
      setEnvoi(false);
    }
  };

  const confirmation = (
    id: string,
    titre: string,
    texte: string,
    bouton: string,
    type: "secret" | "revocation",
  ) => (
    <Modale
      id={id}
      titre={titre}
      onFermee={() => setErreurAction(null)}
      actions={
        <>
          <li>
            <button className="fr-btn" type="button" disabled={envoi || !cible} onClick={() => agir(type)}>
              {bouton}
            </button>
          </li>
          <li>
            <button className="fr-btn fr-btn--secondary" type="button" aria-controls={id}>
              Annuler
            </button>
          </li>
        </>
      }
    >
      <p>{cible ? texte.replace("{nom}", cible.client.name) : ""}</p>
      {erreurAction && cible?.type === type && (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>{erreurAction}</p>
        </div>
      )}
    </Modale>
  );

  return (
    <>
      {secret && (
        <SecretUneFois client={secret.client} secret={secret.secret} onMasquer={() => setSecret(null)} />
      )}
      {annonce && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" ref={alerte} tabIndex={-1}>
          <p>{annonce}</p>
        </div>
      )}
      {erreur && <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />}
      {clients === null && !erreur && <p role="status">Chargement des clients…</p>}
      {clients && clients.length === 0 && <p>Aucun client pour le moment.</p>}
      {clients && clients.length > 0 && (
        <TableClientsApi
          clients={clients}
          onAction={(action) => {
            setErreurAction(null);
            setCible(action);
          }}
        />
      )}

      <div className="fr-mt-6w">
        <FormulaireClientApi
          onCree={(client, nouveau) => {
            setClients((actuels) => [client, ...(actuels ?? [])]);
            setAnnonce(null);
            setSecret({ client, secret: nouveau });
            window.scrollTo({ top: 0 });
          }}
        />
      </div>

      {confirmation(
        idsModales.secret,
        "Renouveler le secret ?",
        "Le secret actuel du client « {nom} » cessera de fonctionner immédiatement. Le nouveau ne sera affiché qu'une fois.",
        "Renouveler le secret",
        "secret",
      )}
      {confirmation(
        idsModales.revocation,
        "Révoquer ce client ?",
        "Le client « {nom} » ne pourra plus appeler l'API, dès maintenant. Pour le rétablir, modifiez sa date de fin de validité.",
        "Révoquer le client",
        "revocation",
      )}
      <ModificationClientApi
        client={cible?.type === "modification" ? cible.client : null}
        onModifie={(client) => {
          remplacer(client);
          fermerModale(idsModales.modification);
          setAnnonce(`Le client « ${client.name} » est modifié.`);
        }}
      />
    </>
  );
}
