import { pagesAffichees } from "../../lib/administration.ts";

/** DSFR pagination with real links (`lien(page)`), so that each page has its own address. */
export function Pagination({
  courante,
  total,
  lien,
}: {
  courante: number;
  total: number;
  lien: (page: number) => string;
}) {
  if (total <= 1) return null;
  const vers = (page: number, classe: string, texte: string) =>
    page < 1 || page > total || page === courante ? (
      // biome-ignore lint/a11y/useValidAnchor: DSFR's markup for an unavailable page link.
      <a className={`fr-pagination__link ${classe}`} aria-disabled="true" role="link">
        {texte}
      </a>
    ) : (
      <a className={`fr-pagination__link ${classe}`} href={lien(page)}>
        {texte}
      </a>
    );
  return (
    <nav className="fr-pagination fr-mt-4w" aria-label="Pagination">
      <ul className="fr-pagination__list">
        <li>{vers(1, "fr-pagination__link--first", "Première page")}</li>
        <li>
          {vers(courante - 1, "fr-pagination__link--prev fr-pagination__link--lg-label", "Page précédente")}
        </li>
        {pagesAffichees(courante, total).map((page, rang) =>
          page === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own.
            <li key={`ellipse-${rang}`}>
              <span className="fr-pagination__link fr-displayed-lg">…</span>
            </li>
          ) : (
            <li key={page}>
              <a
                className="fr-pagination__link"
                href={page === courante ? undefined : lien(page)}
                aria-current={page === courante ? "page" : undefined}
                title={`Page ${page}`}
              >
                {page}
              </a>
            </li>
          ),
        )}
        <li>
          {vers(courante + 1, "fr-pagination__link--next fr-pagination__link--lg-label", "Page suivante")}
        </li>
        <li>{vers(total, "fr-pagination__link--last", "Dernière page")}</li>
      </ul>
    </nav>
  );
}
