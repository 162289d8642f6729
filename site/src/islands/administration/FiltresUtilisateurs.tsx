import { type Filtres, libellesRoles, libellesStatuts } from "../../lib/administration.ts";

/**
 * A plain GET form: submitting it loads the page with the filters in its address (and back to page 1).
 * Uncontrolled fields, so that it works as any HTML form does.
 */
export function FiltresUtilisateurs({ filtres, action }: { filtres: Filtres; action: string }) {
  return (
    <form method="get" action={action} aria-label="Filtrer les comptes">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-input-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-recherche">
              Rechercher
              <span className="fr-hint-text">Nom, prénom ou adresse e-mail</span>
            </label>
            <input
              className="fr-input"
              id="filtre-recherche"
              name="recherche"
              type="search"
              maxLength={200}
              defaultValue={filtres.recherche}
            />
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-role">
              Rôle
            </label>
            <select className="fr-select" id="filtre-role" name="role" defaultValue={filtres.role}>
              <option value="">Tous les rôles</option>
              {Object.entries(libellesRoles).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-statut">
              Statut
            </label>
            <select className="fr-select" id="filtre-statut" name="statut" defaultValue={filtres.statut}>
              <option value="">Tous les statuts</option>
              {Object.entries(libellesStatuts).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <button className="fr-btn" type="submit">
            Filtrer
          </button>
        </div>
      </div>
      {(filtres.recherche || filtres.role || filtres.statut) && (
        <p className="fr-mt-2w fr-mb-0">
          <a className="fr-link fr-icon-close-line fr-link--icon-left" href={action}>
            Effacer les filtres
          </a>
        </p>
      )}
    </form>
  );
}
