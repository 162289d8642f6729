import { type Executor, schema } from "@coop/db";
import { and, count, desc, eq, gt, isNull } from "drizzle-orm";

const { activites } = schema;

/** Durations the médiateur used more than 5 times, the 10 most used, shortest first: extra options of the form. */
export const dureesFrequentes = async (db: Executor, mediateurId: string): Promise<number[]> => {
  const lignes = await db
    .select({ duree: activites.duree })
    .from(activites)
    .where(and(eq(activites.mediateurId, mediateurId), isNull(activites.suppression)))
    .groupBy(activites.duree)
    .having(gt(count(), 5))
    .orderBy(desc(count()), activites.duree)
    .limit(10);
  return lignes.map((ligne) => ligne.duree).sort((a, b) => a - b);
};
