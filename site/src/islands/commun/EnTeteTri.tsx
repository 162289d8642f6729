/**
 * A sortable column header, DSFR style: the title and a sort link (the sort lives in the page address).
 * `aria-sort` is on the header cell, where ARIA allows it.
 */
export function EnTeteTri({
  titre,
  ordre,
  lien,
}: {
  titre: string;
  /** The column's current order, or undefined when the list is sorted by another column. */
  ordre: "asc" | "desc" | undefined;
  /** The address that sorts by this column (the other way round when it is the current one). */
  lien: string;
}) {
  const etat = ordre === "asc" ? "croissant" : ordre === "desc" ? "décroissant" : undefined;
  return (
    <th scope="col" aria-sort={ordre === "asc" ? "ascending" : ordre === "desc" ? "descending" : undefined}>
      <div className="fr-cell--sort">
        <span className="fr-cell__title">{titre}</span>
        <a
          className={`fr-btn fr-btn--sort fr-btn--sm${ordre ? ` fr-btn--sort-${ordre}` : ""}`}
          href={lien}
          title={
            etat
              ? `Trié par ${titre.toLowerCase()}, ordre ${etat} : inverser`
              : `Trier par ${titre.toLowerCase()}`
          }
        >
          {etat
            ? `Trié par ${titre.toLowerCase()}, ordre ${etat} : inverser`
            : `Trier par ${titre.toLowerCase()}`}
        </a>
      </div>
    </th>
  );
}
