import {
  libellesRoles,
  libellesStatuts,
  statutDe,
  type UtilisateurAdministre,
} from "../../lib/administration.ts";
import { formaterDate } from "../../lib/format.ts";
import { nomAffiche } from "../../lib/session.ts";
import { ouvre } from "../commun/Modale.tsx";
import { Tableau } from "../commun/Tableau.tsx";

export type Action = { utilisateur: UtilisateurAdministre; type: "desactivation" | "reactivation" };

export const idModaleActivation = "modale-activation";

const badgesStatut = {
  actif: "fr-badge--success",
  desactive: "fr-badge--warning",
  supprime: "fr-badge--error",
  inscription: "fr-badge--info",
} as const;

/** The accounts of the current page; the Actions column only for administrators. */
export function TableUtilisateurs({
  utilisateurs,
  estAdmin,
  moi,
  onUsurper,
  onAction,
}: {
  utilisateurs: readonly UtilisateurAdministre[];
  estAdmin: boolean;
  moi: string;
  onUsurper: (utilisateur: UtilisateurAdministre) => void;
  onAction: (action: Action) => void;
}) {
  return (
    <Tableau legende="Comptes de La Coop">
      <thead>
        <tr>
          <th scope="col">Personne</th>
          <th scope="col">Rôle et profils</th>
          <th scope="col">Statut</th>
          <th scope="col">Dernière connexion</th>
          {estAdmin && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {utilisateurs.map((utilisateur) => {
          const statut = statutDe(utilisateur);
          const nom = nomAffiche(utilisateur);
          const soi = utilisateur.id === moi;
          const profils = [
            utilisateur.role !== "user" && libellesRoles[utilisateur.role],
            utilisateur.mediateur && "Médiateur",
            utilisateur.coordinateur && "Coordinateur",
            utilisateur.isConseillerNumerique && "Conseiller numérique",
          ].filter((profil): profil is string => Boolean(profil));
          return (
            <tr key={utilisateur.id}>
              <th scope="row" className="fr-text--regular">
                <span className="fr-text--bold">{nom}</span>
                {utilisateur.isFixture && (
                  <span className="fr-badge fr-badge--sm fr-badge--purple-glycine fr-ml-1w">Démo</span>
                )}
                <br />
                <span className="fr-text--sm">{utilisateur.email}</span>
              </th>
              <td>
                {profils.length === 0 ? (
                  "Aucun"
                ) : (
                  <ul className="fr-badges-group">
                    {profils.map((profil) => (
                      <li key={profil}>
                        <p className="fr-badge fr-badge--sm">{profil}</p>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <p className={`fr-badge fr-badge--sm ${badgesStatut[statut]}`}>{libellesStatuts[statut]}</p>
              </td>
              <td>{utilisateur.lastLogin ? formaterDate(utilisateur.lastLogin, true) : "Jamais"}</td>
              {estAdmin && (
                <td>
                  {soi || statut === "supprime" ? (
                    <span className="fr-text--sm">{soi ? "Votre compte" : "—"}</span>
                  ) : (
                    <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg fr-mb-0">
                      {utilisateur.isFixture && statut !== "desactive" && (
                        <li>
                          <button
                            className="fr-btn fr-btn--sm fr-btn--secondary"
                            type="button"
                            onClick={() => onUsurper(utilisateur)}
                          >
                            Usurper<span className="fr-sr-only"> {nom}</span>
                          </button>
                        </li>
                      )}
                      <li>
                        <button
                          className="fr-btn fr-btn--sm fr-btn--tertiary"
                          type="button"
                          {...ouvre(idModaleActivation)}
                          onClick={() =>
                            onAction({
                              utilisateur,
                              type: statut === "desactive" ? "reactivation" : "desactivation",
                            })
                          }
                        >
                          {statut === "desactive" ? "Réactiver" : "Désactiver"}
                          <span className="fr-sr-only"> {nom}</span>
                        </button>
                      </li>
                    </ul>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Tableau>
  );
}
