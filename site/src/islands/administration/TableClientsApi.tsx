import { type ClientApi, etatClient, libellePortee } from "../../lib/administration.ts";
import { formaterDate } from "../../lib/format.ts";
import { ouvre } from "../commun/Modale.tsx";
import { Tableau } from "../commun/Tableau.tsx";

export type ActionClient = { client: ClientApi; type: "secret" | "revocation" | "modification" };

export const idsModales = {
  secret: "modale-client-secret",
  revocation: "modale-client-revocation",
  modification: "modale-client-modification",
} as const;

const etats = {
  actif: { libelle: "Actif", classe: "fr-badge--success" },
  "a-venir": { libelle: "À venir", classe: "fr-badge--info" },
  expire: { libelle: "Inactif", classe: "fr-badge--error" },
} as const;

function validite(client: ClientApi): string {
  const debut = `Du ${formaterDate(client.validFrom, true)}`;
  return client.validUntil ? `${debut} au ${formaterDate(client.validUntil, true)}` : `${debut}, sans fin`;
}

/** The partner API clients, with their scopes, validity and actions. */
export function TableClientsApi({
  clients,
  onAction,
}: {
  clients: readonly ClientApi[];
  onAction: (action: ActionClient) => void;
}) {
  return (
    <Tableau legende="Clients de l'API partenaires">
      <thead>
        <tr>
          <th scope="col">Client</th>
          <th scope="col">Données accessibles</th>
          <th scope="col">Validité</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => {
          const etat = etats[etatClient(client)];
          const action = (type: ActionClient["type"], libelle: string, classe = "fr-btn--tertiary") => (
            <li>
              <button
                className={`fr-btn fr-btn--sm ${classe}`}
                type="button"
                {...ouvre(idsModales[type])}
                onClick={() => onAction({ client, type })}
              >
                {libelle}
                <span className="fr-sr-only"> : {client.name}</span>
              </button>
            </li>
          );
          return (
            <tr key={client.id}>
              <th scope="row" className="fr-text--regular">
                <span className="fr-text--bold">{client.name}</span>
                <br />
                <code className="fr-text--xs">{client.id}</code>
              </th>
              <td>
                <ul className="fr-badges-group">
                  {client.scopes.map((portee) => (
                    <li key={portee}>
                      <p className="fr-badge fr-badge--sm">{libellePortee(portee)}</p>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <p className={`fr-badge fr-badge--sm ${etat.classe} fr-mb-1w`}>{etat.libelle}</p>
                <br />
                <span className="fr-text--sm">{validite(client)}</span>
              </td>
              <td>
                <ul className="fr-btns-group fr-btns-group--sm fr-mb-0">
                  {action("modification", "Modifier")}
                  {action("secret", "Renouveler le secret")}
                  {etatClient(client) !== "expire" && action("revocation", "Révoquer")}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Tableau>
  );
}
