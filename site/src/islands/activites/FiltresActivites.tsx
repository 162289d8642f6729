import { thematiqueAdministrative, thematiqueNonAdministrative, typeActivite } from "@coop/domain/enums";
import type { Tag } from "../../lib/activites-api.ts";
import {
  adresseMesActivites,
  type FiltresActivites as Filtres,
  filtresActifs,
} from "../../lib/activites-liste.ts";
import type { Structure } from "../../lib/inscription.ts";

/**
 * A plain GET form: submitting it loads the page with the filters in its address (back to page 1,
 * sort kept). Uncontrolled fields, so that it works as any HTML form does.
 */
export function FiltresActivites({
  filtres,
  lieux,
  tags,
}: {
  filtres: Filtres;
  lieux: readonly Structure[];
  tags: readonly Tag[];
}) {
  return (
    <form method="get" action={adresseMesActivites} aria-label="Filtrer les activités" className="fr-mb-3w">
      {filtres.tri !== "date" && <input type="hidden" name="tri" value={filtres.tri} />}
      {filtres.ordre !== "desc" && <input type="hidden" name="ordre" value={filtres.ordre} />}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          <div className="fr-input-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-recherche">
              Rechercher
              <span className="fr-hint-text">Bénéficiaire, titre d'atelier, lieu</span>
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
        <div className="fr-col-6 fr-col-lg-2">
          <div className="fr-input-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-du">
              Du
            </label>
            <input className="fr-input" id="filtre-du" name="du" type="date" defaultValue={filtres.du} />
          </div>
        </div>
        <div className="fr-col-6 fr-col-lg-2">
          <div className="fr-input-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-au">
              Au
            </label>
            <input className="fr-input" id="filtre-au" name="au" type="date" defaultValue={filtres.au} />
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-type">
              Type d'activité
            </label>
            <select className="fr-select" id="filtre-type" name="type" defaultValue={filtres.type}>
              <option value="">Tous les types</option>
              {typeActivite.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-lieu">
              Lieu d'activité
            </label>
            <select className="fr-select" id="filtre-lieu" name="lieu" defaultValue={filtres.lieu}>
              <option value="">Tous les lieux</option>
              {lieux.map((lieu) => (
                <option key={lieu.id} value={lieu.id}>
                  {lieu.nom}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-thematique">
              Thématique
            </label>
            <select
              className="fr-select"
              id="filtre-thematique"
              name="thematique"
              defaultValue={filtres.thematique}
            >
              <option value="">Toutes les thématiques</option>
              <optgroup label="Thématiques d'accompagnement">
                {thematiqueNonAdministrative.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Démarches administratives">
                {thematiqueAdministrative.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="filtre-tag">
              Tag
            </label>
            <select className="fr-select" id="filtre-tag" name="tag" defaultValue={filtres.tag}>
              <option value="">Tous les tags</option>
              {tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.nom}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12">
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mb-0">
            <li>
              <button className="fr-btn fr-icon-filter-line" type="submit">
                Filtrer
              </button>
            </li>
            {filtresActifs(filtres) && (
              <li>
                <a
                  className="fr-btn fr-btn--tertiary fr-btn--icon-left fr-icon-close-line"
                  href={adresseMesActivites}
                >
                  Effacer les filtres
                </a>
              </li>
            )}
          </ul>
        </div>
      </div>
    </form>
  );
}
