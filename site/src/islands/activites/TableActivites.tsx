import type { LigneActivite } from "../../lib/activites-api.ts";
import {
  adresseActivites,
  adresseCra,
  designationActivite,
  type FiltresActivites,
  libelleLieu,
  quiActivite,
  type TriActivites,
} from "../../lib/activites-liste.ts";
import { formaterDate, formaterDuree, formaterJour } from "../../lib/format.ts";
import { EnTeteTri } from "../commun/EnTeteTri.tsx";
import { ouvre } from "../commun/Modale.tsx";
import { Tableau } from "../commun/Tableau.tsx";

export const idModaleDetail = "modale-detail-activite";
export const idModaleSuppression = "modale-suppression-activite";

/** The activités of the current page, with their actions. */
export function TableActivites({
  activites,
  filtres,
  onVoir,
  onSupprimer,
}: {
  activites: readonly LigneActivite[];
  filtres: FiltresActivites;
  onVoir: (ligne: LigneActivite) => void;
  onSupprimer: (ligne: LigneActivite) => void;
}) {
  const tri = (colonne: TriActivites, titre: string) => {
    const courant = filtres.tri === colonne ? filtres.ordre : undefined;
    return (
      <EnTeteTri
        titre={titre}
        ordre={courant}
        lien={adresseActivites(filtres, {
          tri: colonne,
          ordre: courant === "desc" ? "asc" : "desc",
          page: 1,
        })}
      />
    );
  };
  return (
    <Tableau legende="Mes activités">
      <thead>
        <tr>
          <th scope="col">Activité</th>
          {tri("date", "Date")}
          {tri("duree", "Durée")}
          <th scope="col">Lieu</th>
          {tri("creation", "Enregistrée le")}
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {activites.map((ligne) => {
          const nom = designationActivite(ligne);
          return (
            <tr key={ligne.id}>
              <th scope="row" className="fr-text--regular coop-cellule-large">
                <p
                  className={`fr-badge fr-badge--sm fr-badge--no-icon fr-mb-1v ${ligne.type === "individuel" ? "fr-badge--blue-ecume" : "fr-badge--purple-glycine"}`}
                >
                  {ligne.type === "individuel" ? "Individuel" : "Collectif"}
                </p>
                <br />
                <span className="fr-text--bold">{quiActivite(ligne)}</span>
              </th>
              <td>{formaterJour(ligne.date, true)}</td>
              <td>{formaterDuree(ligne.duree)}</td>
              <td className="coop-cellule-large">{libelleLieu(ligne.typeLieu, ligne.lieu)}</td>
              <td>{formaterDate(ligne.creation, true)}</td>
              <td>
                <ul className="coop-actions">
                  <li>
                    <button
                      className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-eye-line"
                      type="button"
                      title="Voir"
                      {...ouvre(idModaleDetail)}
                      onClick={() => onVoir(ligne)}
                    >
                      Voir {nom}
                    </button>
                  </li>
                  <li>
                    <a
                      className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-edit-line"
                      title="Modifier"
                      href={adresseCra(ligne.type, `id=${encodeURIComponent(ligne.id)}`)}
                    >
                      Modifier {nom}
                    </a>
                  </li>
                  <li>
                    <a
                      className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-file-add-line"
                      title="Dupliquer"
                      href={adresseCra(ligne.type, `dupliquer=${encodeURIComponent(ligne.id)}`)}
                    >
                      Dupliquer {nom}
                    </a>
                  </li>
                  <li>
                    <button
                      className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-delete-line"
                      type="button"
                      title="Supprimer"
                      {...ouvre(idModaleSuppression)}
                      onClick={() => onSupprimer(ligne)}
                    >
                      Supprimer {nom}
                    </button>
                  </li>
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Tableau>
  );
}
