import { type Executor, schema } from "@coop/db";
import { and, notInArray, type SQL, sql } from "drizzle-orm";
import { colonnesListe, suivisDe } from "./portee.ts";

const { beneficiaires } = schema;

export const TRIS = ["nom", "prenom", "anneeNaissance", "accompagnementsCount"] as const;
export type Tri = (typeof TRIS)[number];
export type Ordre = "asc" | "desc";

export const RECHERCHE_MAX_RESULTATS = 10;

/**
 * Every whitespace-separated word must appear (case and accents ignored) in the first name, last
 * name, commune, e-mail or postal code. `strpos` rather than LIKE: the words are data, never patterns.
 */
export const correspondA = (recherche: string | undefined): SQL | undefined => {
  const mots = (recherche ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 10);
  if (mots.length === 0) return undefined;
  const texte = sql`coop.sans_accents(concat_ws(' ', ${beneficiaires.prenom}, ${beneficiaires.nom}, ${beneficiaires.commune}, ${beneficiaires.email}, ${beneficiaires.communeCodePostal}))`;
  return and(...mots.map((mot) => sql`strpos(${texte}, coop.sans_accents(${mot}::text)) > 0`));
};

const nomTri = sql`coop.sans_accents(${beneficiaires.nom})`;
const prenomTri = sql`coop.sans_accents(${beneficiaires.prenom})`;

/** ORDER BY of a sort; ties are broken by name then id so that pages never overlap. */
const ordreDe = (tri: Tri, ordre: Ordre): SQL[] => {
  // A closed set of two words, never user text.
  const sens = sql.raw(ordre === "desc" ? "desc" : "asc");
  const parNom = [sql`${nomTri} asc`, sql`${prenomTri} asc`];
  const colonnes: Record<Tri, SQL[]> = {
    nom: [sql`${nomTri} ${sens}`, sql`${prenomTri} ${sens}`],
    prenom: [sql`${prenomTri} ${sens}`, sql`${nomTri} ${sens}`],
    anneeNaissance: [sql`${beneficiaires.anneeNaissance} ${sens} nulls last`, ...parNom],
    accompagnementsCount: [sql`${beneficiaires.accompagnementsCount} ${sens}`, ...parNom],
  };
  return [...colonnes[tri], sql`${beneficiaires.id} asc`];
};

export type ListeBeneficiaires = {
  recherche?: string | undefined;
  tri: Tri;
  ordre: Ordre;
  page: number;
  lignes: number;
};

/** A page of the médiateur's bénéficiaires (identified, not deleted), with the total of the search. */
export const listerBeneficiaires = async (
  db: Executor,
  mediateurId: string,
  { recherche, tri, ordre, page, lignes }: ListeBeneficiaires,
) => {
  const condition = and(suivisDe(mediateurId), correspondA(recherche));
  const [resultats, total] = await Promise.all([
    db
      .select(colonnesListe)
      .from(beneficiaires)
      .where(condition)
      .orderBy(...ordreDe(tri, ordre))
      .limit(lignes)
      .offset((page - 1) * lignes),
    db.$count(beneficiaires, condition),
  ]);
  return { beneficiaires: resultats, total, page, lignes };
};

/** The CRA combobox: the first matches by name, without the bénéficiaires already picked. */
export const rechercherBeneficiaires = async (
  db: Executor,
  mediateurId: string,
  { q, exclure }: { q?: string | undefined; exclure: string[] },
) => {
  return db
    .select(colonnesListe)
    .from(beneficiaires)
    .where(
      and(
        suivisDe(mediateurId),
        correspondA(q),
        exclure.length > 0 ? notInArray(beneficiaires.id, exclure) : undefined,
      ),
    )
    .orderBy(...ordreDe("nom", "asc"))
    .limit(RECHERCHE_MAX_RESULTATS);
};
