import type { Executor } from "@coop/db";
import { type SQL, sql } from "drizzle-orm";

// Duplicates (spec §4): two of the médiateur's identified bénéficiaires matching at least 2 of 4
// criteria — similar last name, similar first name (trigram similarity > 0.4 once lower-cased,
// unaccented, without spaces and hyphens), same phone, same e-mail.

export const CRITERES = ["nom", "prenom", "telephone", "email"] as const;
export type Critere = (typeof CRITERES)[number];

export const SIMILARITE_MIN = 0.4;
/** Enough pairs to work through; more would be a page nobody reads. */
export const PAIRES_MAX = 500;

/** The médiateur's identified, non-deleted bénéficiaires with their compared forms. */
const comparables = (mediateurId: string) => sql`
  select id, prenom, nom, telephone, email, annee_naissance,
    regexp_replace(coop.sans_accents(coalesce(nom, '')), '[[:space:]-]+', '', 'g') as n,
    regexp_replace(coop.sans_accents(coalesce(prenom, '')), '[[:space:]-]+', '', 'g') as p,
    lower(email) as e
  from coop.beneficiaires
  where mediateur_id = ${mediateurId} and not anonyme and suppression is null`;

const semblables = (a: string, b: string) =>
  sql.raw(`(${a} <> '' and ${b} <> '' and similarity(${a}, ${b}) > ${SIMILARITE_MIN})`);

/** The four criteria between rows `a` and `b` of `comparables`, as booleans (never null). */
const criteres = {
  nom: semblables("a.n", "b.n"),
  prenom: semblables("a.p", "b.p"),
  telephone: sql.raw("coalesce(a.telephone = b.telephone, false)"),
  email: sql.raw("coalesce(a.e = b.e, false)"),
} satisfies Record<Critere, SQL>;

const auMoinsDeux = sql`(${sql.join(
  CRITERES.map((critere) => sql`${criteres[critere]}::int`),
  sql` + `,
)}) >= 2`;

type Ligne = Record<string, unknown>;

const personne = (row: Ligne, prefixe: "a" | "b") => ({
  id: row[`${prefixe}_id`] as string,
  prenom: row[`${prefixe}_prenom`] as string | null,
  nom: row[`${prefixe}_nom`] as string | null,
  telephone: row[`${prefixe}_telephone`] as string | null,
  email: row[`${prefixe}_email`] as string | null,
  anneeNaissance: row[`${prefixe}_annee_naissance`] as number | null,
});

/**
 * Pairs of `c` whose last names may be similar: pg_trgm's similarity() formula (shared trigrams over
 * trigrams of either), computed by joining trigrams instead of comparing every pair; a little slack
 * keeps it a superset of the exact check made afterwards.
 */
const nomsSemblables = sql.raw(`
    select a.id as a, b.id as b
    from (select id, unnest(show_trgm(n)) as t, cardinality(show_trgm(n)) as taille from c) a
    join (select id, unnest(show_trgm(n)) as t, cardinality(show_trgm(n)) as taille from c) b
      on b.t = a.t and a.id < b.id
    group by a.id, b.id
    having count(*)::float8 / (max(a.taille) + max(b.taille) - count(*)) > ${SIMILARITE_MIN - 0.01}`);

/**
 * Every pair of probable duplicates among the médiateur's bénéficiaires, with what they share.
 * A pair meeting 2 of the 4 criteria has a similar last name, or the same phone or e-mail: those
 * three sets, found by joins, are the only candidates (first names, far less varied, would make
 * thousands of pairs of "Marie"); each candidate is then checked against the four criteria.
 */
export const trouverDoublons = async (db: Executor, mediateurId: string) => {
  const rows = await db.transaction(async (tx) => {
    // Join in the order written: the candidates first, then their two rows. Left free, the planner
    // may compare every pair of the médiateur's bénéficiaires (n²) before looking at the candidates.
    await tx.execute(sql`set local join_collapse_limit = 1`);
    return (
      await tx.execute<Ligne>(sql`
    with c as materialized (${comparables(mediateurId)}),
    candidats as (
      ${nomsSemblables}
      union select a.id, b.id from c a join c b on b.telephone = a.telephone and a.id < b.id
      union select a.id, b.id from c a join c b on b.e = a.e and a.id < b.id
    ),
    paires as (
      select
        a.id as a_id, a.prenom as a_prenom, a.nom as a_nom, a.telephone as a_telephone,
        a.email as a_email, a.annee_naissance as a_annee_naissance, a.n as a_n, a.p as a_p,
        b.id as b_id, b.prenom as b_prenom, b.nom as b_nom, b.telephone as b_telephone,
        b.email as b_email, b.annee_naissance as b_annee_naissance,
        ${criteres.nom} as critere_nom, ${criteres.prenom} as critere_prenom,
        ${criteres.telephone} as critere_telephone, ${criteres.email} as critere_email
      from candidats
      join c a on a.id = candidats.a
      join c b on b.id = candidats.b
      where ${auMoinsDeux}
    )
    select * from paires order by a_n, a_p, a_id, b_id
    limit ${PAIRES_MAX}`)
    ).rows;
  });
  return rows.map((row) => ({
    a: personne(row, "a"),
    b: personne(row, "b"),
    criteres: CRITERES.filter((critere) => row[`critere_${critere}`] === true),
  }));
};

/** Whether this bénéficiaire has at least one probable duplicate ("doublon potentiel"). */
export const aUnDoublon = async (db: Executor, mediateurId: string, beneficiaireId: string) => {
  const { rows } = await db.execute<{ doublon: boolean }>(sql`
    with c as (${comparables(mediateurId)})
    select exists (
      select 1 from c a join c b on b.id <> a.id
      where a.id = ${beneficiaireId} and ${auMoinsDeux}
    ) as doublon`);
  return rows[0]?.doublon === true;
};
