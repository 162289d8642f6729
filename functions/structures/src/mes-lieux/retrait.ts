import { type Executor, recordMutation, schema } from "@coop/db";
import { aujourdhui } from "@coop/domain";
import { ApiError } from "@coop/http";
import { and, eq, sql } from "drizzle-orm";
import { liensActifs } from "../commun/lieux-actifs.ts";

const { mediateursEnActivite } = schema;

/** "Retirer ce lieu": the médiateur's activity there ends today. */
export const retirerLieuActivite = async (
  db: Executor,
  { userId, mediateurId, structureId }: { userId: string; mediateurId: string; structureId: string },
) => {
  const startedAt = performance.now();
  await db.transaction(async (tx) => {
    const termines = await tx
      .update(mediateursEnActivite)
      .set({ finActivite: aujourdhui(), modification: sql`now()`, modificationParId: userId })
      .where(and(liensActifs(mediateurId), eq(mediateursEnActivite.structureId, structureId)))
      .returning({ id: mediateursEnActivite.id });
    if (termines.length === 0)
      throw new ApiError("not_found", { message: "Ce lieu ne fait pas partie de vos lieux d'activité." });
    await recordMutation(tx, {
      userId,
      nom: "supprimer_mediateur_en_activite",
      data: { mediateurId, structureIds: [structureId] },
      startedAt,
    });
  });
};
