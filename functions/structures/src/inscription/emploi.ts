import { type Executor, schema } from "@coop/db";
import { and, asc, eq, isNull, sql } from "drizzle-orm";

const { employesStructures } = schema;

/**
 * Makes `structureId` the user's one active employer: an active employment there is kept, every other
 * active one ends `aujourdhui`, and a new one starts `aujourdhui` when needed.
 */
export const remplacerEmploi = async (
  tx: Executor,
  { userId, structureId, aujourdhui }: { userId: string; structureId: string; aujourdhui: string },
) => {
  const actifs = await tx
    .select({ id: employesStructures.id, structureId: employesStructures.structureId })
    .from(employesStructures)
    .where(
      and(
        eq(employesStructures.userId, userId),
        isNull(employesStructures.suppression),
        isNull(employesStructures.finEmploi),
      ),
    )
    .orderBy(asc(employesStructures.creation), asc(employesStructures.id));
  const conserve = actifs.find((emploi) => emploi.structureId === structureId);
  const termines = actifs.filter((emploi) => emploi !== conserve).map((emploi) => emploi.id);

  for (const id of termines) {
    await tx
      .update(employesStructures)
      .set({ finEmploi: aujourdhui, modification: sql`now()`, modificationParId: userId })
      .where(eq(employesStructures.id, id));
  }
  if (conserve) return { emploiId: conserve.id, cree: false, termines };

  const [cree] = await tx
    .insert(employesStructures)
    .values({
      userId,
      structureId,
      debutEmploi: aujourdhui,
      creationParId: userId,
      modificationParId: userId,
    })
    .returning({ id: employesStructures.id });
  return { emploiId: cree!.id, cree: true, termines };
};
