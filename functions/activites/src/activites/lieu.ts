import { type Executor, schema } from "@coop/db";
import type { CraCommune, typeLieu } from "@coop/domain";
import { and, eq, isNull, sql } from "drizzle-orm";

const { employesStructures, structures } = schema;

/**
 * The médiateur's employer on `date`: the employment valid that day (the latest begun if several),
 * else the nearest one in time. Null for a médiateur without any employment.
 */
export const structureEmployeuseA = async (db: Executor, userId: string, date: string) => {
  const jour = sql`${date}::date`;
  const valide = sql`(${employesStructures.debutEmploi} is null or ${employesStructures.debutEmploi} <= ${jour})
    and (${employesStructures.finEmploi} is null or ${employesStructures.finEmploi} >= ${jour})`;
  const [emploi] = await db
    .select({
      id: structures.id,
      commune: structures.commune,
      codePostal: structures.codePostal,
      codeInsee: structures.codeInsee,
    })
    .from(employesStructures)
    .innerJoin(structures, eq(structures.id, employesStructures.structureId))
    .where(and(eq(employesStructures.userId, userId), isNull(employesStructures.suppression)))
    .orderBy(
      sql`case when ${valide} then 0 else 1 end`,
      // Days between the date and the employment's interval (0 inside it).
      sql`greatest(${employesStructures.debutEmploi} - ${jour}, ${jour} - ${employesStructures.finEmploi}, 0)`,
      sql`${employesStructures.debutEmploi} desc nulls last`,
      sql`${employesStructures.creation} desc`,
    )
    .limit(1);
  return emploi ?? null;
};

type Employeur = Awaited<ReturnType<typeof structureEmployeuseA>>;

/**
 * The lieu columns of an activité: a lieu d'activité is the structure (its commune is the structure's);
 * at home or elsewhere, the commune given; at a distance, the employer's commune.
 */
export const colonnesLieu = (
  cra: {
    typeLieu: (typeof typeLieu.values)[number];
    structureId: string | null;
    lieuCommune: CraCommune | null;
  },
  employeur: Employeur,
) => {
  const commune =
    cra.typeLieu === "a_distance"
      ? employeur && {
          nom: employeur.commune,
          codePostal: employeur.codePostal,
          codeInsee: employeur.codeInsee,
        }
      : cra.lieuCommune;
  return {
    typeLieu: cra.typeLieu,
    structureId: cra.structureId,
    lieuCommune: commune?.nom ?? null,
    lieuCodePostal: commune?.codePostal ?? null,
    lieuCodeInsee: commune?.codeInsee ?? null,
    structureEmployeuseId: employeur?.id ?? null,
  };
};
