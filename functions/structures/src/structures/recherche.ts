import { type Executor, schema } from "@coop/db";
import { and, asc, type Column, eq, ilike, isNull, or, type SQL, sql } from "drizzle-orm";
import { colonnesResume } from "../commun/colonnes.ts";

const { structures } = schema;

export const RECHERCHE_MAX_RESULTATS = 20;

/** `%mot%` for ILIKE, with the pattern's own wildcards escaped. */
const motif = (mot: string) => `%${mot.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

const contient = (colonne: SQL | Column, mot: string) =>
  ilike(sql`coop.sans_accents(${colonne})`, sql`coop.sans_accents(${motif(mot)})`);

/**
 * La Coop's structures (not deleted) matching every word of `q` in their name, usage name, commune
 * or SIRET, accents and case ignored; `commune` narrows to a code INSEE, a postal code or a commune name.
 */
export const rechercherStructures = async (
  db: Executor,
  { q = "", commune }: { q?: string | undefined; commune?: string | undefined },
) => {
  const mots = q.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  const filtreCommune = commune?.trim();
  if (mots.length === 0 && !filtreCommune) return [];

  const conditions = [
    isNull(structures.suppression),
    ...mots.map((mot) =>
      or(
        contient(structures.nom, mot),
        contient(sql`coalesce(${structures.nomUsage}, '')`, mot),
        contient(structures.commune, mot),
        ilike(sql`coalesce(${structures.siret}, '')`, motif(mot)),
      ),
    ),
    filtreCommune
      ? or(
          eq(structures.codeInsee, filtreCommune.toUpperCase()),
          eq(structures.codePostal, filtreCommune),
          eq(sql`coop.sans_accents(${structures.commune})`, sql`coop.sans_accents(${filtreCommune})`),
        )
      : undefined,
  ];
  return db
    .select(colonnesResume)
    .from(structures)
    .where(and(...conditions))
    .orderBy(asc(structures.nom), asc(structures.id))
    .limit(RECHERCHE_MAX_RESULTATS);
};
