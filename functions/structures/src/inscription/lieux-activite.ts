import { type Executor, recordMutation, schema } from "@coop/db";
import { aujourdhui } from "@coop/domain";
import { ApiError } from "@coop/http";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { liensActifs, lieuxActifs } from "../commun/lieux-actifs.ts";

const { mediateursEnActivite, structures, users } = schema;

/** 400 naming each id that is not an existing, non-deleted structure. */
const verifierStructures = async (db: Executor, structureIds: string[]) => {
  const existantes = await db
    .select({ id: structures.id })
    .from(structures)
    .where(and(inArray(structures.id, structureIds), isNull(structures.suppression)));
  const connues = new Set(existantes.map((structure) => structure.id));
  const fields: Record<string, string> = {};
  structureIds.forEach((id, index) => {
    if (!connues.has(id)) fields[`structureIds.${index}`] = "Ce lieu est introuvable.";
  });
  if (Object.keys(fields).length > 0) throw new ApiError("validation_error", { fields });
};

/**
 * Inscription step "lieux d'activité": the médiateur's active lieux become exactly `structureIds`;
 * new ones start today, the others end today.
 */
export const renseignerLieuxActivite = async (
  db: Executor,
  { userId, mediateurId, structureIds }: { userId: string; mediateurId: string; structureIds: string[] },
) => {
  const startedAt = performance.now();
  await verifierStructures(db, structureIds);
  const jour = aujourdhui();
  await db.transaction(async (tx) => {
    const liens = await tx
      .select({ id: mediateursEnActivite.id, structureId: mediateursEnActivite.structureId })
      .from(mediateursEnActivite)
      .where(liensActifs(mediateurId));
    const voulus = new Set(structureIds);
    const actuels = new Set(liens.map((lien) => lien.structureId));
    const retires = liens.filter((lien) => !voulus.has(lien.structureId));
    const ajoutes = structureIds.filter((id) => !actuels.has(id));

    if (retires.length > 0) {
      await tx
        .update(mediateursEnActivite)
        .set({ finActivite: jour, modification: sql`now()`, modificationParId: userId })
        .where(
          inArray(
            mediateursEnActivite.id,
            retires.map((lien) => lien.id),
          ),
        );
      await recordMutation(tx, {
        userId,
        nom: "supprimer_mediateur_en_activite",
        data: { mediateurId, structureIds: retires.map((lien) => lien.structureId) },
        startedAt,
      });
    }
    if (ajoutes.length > 0) {
      await tx.insert(mediateursEnActivite).values(
        ajoutes.map((structureId) => ({
          mediateurId,
          structureId,
          debutActivite: jour,
          creationParId: userId,
          modificationParId: userId,
        })),
      );
    }
    await tx
      .update(users)
      .set({ lieuxActiviteRenseignes: sql`now()`, updated: sql`now()` })
      .where(eq(users.id, userId));
    if (ajoutes.length > 0 || retires.length === 0) {
      await recordMutation(tx, {
        userId,
        nom: "creer_mediateur_en_activite",
        data: { mediateurId, structureIds: ajoutes },
        startedAt,
      });
    }
  });
  return lieuxActifs(db, mediateurId);
};
