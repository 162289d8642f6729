import { type Executor, schema } from "@coop/db";
import { and, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";

const { tags, employesStructures, structures, mediateursCoordonnes } = schema;

/** The département of an INSEE code: 2A/2B for Corsica, three digits overseas. */
export const departementDe = (codeInsee: string | null | undefined) => {
  if (!codeInsee) return null;
  return codeInsee.startsWith("97") || codeInsee.startsWith("98")
    ? codeInsee.slice(0, 3)
    : codeInsee.slice(0, 2);
};

/** The département of the médiateur's current employer, for its départemental tags. */
const departementEmployeur = async (db: Executor, userId: string) => {
  const [emploi] = await db
    .select({ codeInsee: structures.codeInsee, codePostal: structures.codePostal })
    .from(employesStructures)
    .innerJoin(structures, eq(structures.id, employesStructures.structureId))
    .where(
      and(
        eq(employesStructures.userId, userId),
        isNull(employesStructures.suppression),
        isNull(employesStructures.finEmploi),
      ),
    )
    .orderBy(sql`${employesStructures.debutEmploi} desc nulls last`, sql`${employesStructures.creation} desc`)
    .limit(1);
  return departementDe(emploi?.codeInsee ?? emploi?.codePostal);
};

/**
 * The tags a médiateur may put on a CRA (spec §2.1 scopes): their personal ones, the national ones, those
 * of their employer's département, and the team tags of the coordinators whose team they are in.
 */
export const conditionTagsVisibles = async (
  db: Executor,
  { userId, mediateurId }: { userId: string; mediateurId: string },
): Promise<SQL> => {
  const departement = await departementEmployeur(db, userId);
  const sansProprietaire = and(isNull(tags.mediateurId), eq(tags.equipe, false));
  const equipes = db
    .select({ id: mediateursCoordonnes.coordinateurId })
    .from(mediateursCoordonnes)
    .where(and(eq(mediateursCoordonnes.mediateurId, mediateurId), isNull(mediateursCoordonnes.suppression)));
  return and(
    isNull(tags.suppression),
    or(
      eq(tags.mediateurId, mediateurId),
      and(sansProprietaire, isNull(tags.coordinateurId), isNull(tags.departement)),
      departement ? and(sansProprietaire, eq(tags.departement, departement)) : undefined,
      and(eq(tags.equipe, true), inArray(tags.coordinateurId, equipes)),
    ),
  ) as SQL;
};

export type PorteeTag = "personnel" | "national" | "departemental" | "equipe";

export const porteeTag = (tag: {
  mediateurId: string | null;
  coordinateurId: string | null;
  equipe: boolean;
  departement: string | null;
}): PorteeTag => {
  if (tag.equipe) return "equipe";
  if (tag.mediateurId) return "personnel";
  if (tag.departement) return "departemental";
  return tag.coordinateurId ? "personnel" : "national";
};
