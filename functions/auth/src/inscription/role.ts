import { type Executor, recordMutation, schema } from "@coop/db";
import type { choixRoleSchema, z } from "@coop/domain";
import { ApiError } from "@coop/http";
import { eq, sql } from "drizzle-orm";
import { etatInscription } from "./etat.ts";

const { coordinateurs, mediateurs, users } = schema;

const profilInscription = (profil: "mediateur" | "coordinateur", conseillerNumerique: boolean) => {
  if (profil === "mediateur") return conseillerNumerique ? "conseiller-numerique" : "mediateur";
  return conseillerNumerique ? "coordinateur-conseiller-numerique" : "coordinateur";
};

export const DEJA_VALIDEE = "Votre inscription est déjà validée.";

/**
 * "Choisir votre rôle": creates the chosen role's row and records the CGU acceptance. Until the
 * inscription is validated the choice can be changed: the other role's row, created by this step,
 * is then removed — except for a conseiller numérique, whose rows come from the Dataspace.
 */
export const choisirRole = async (
  db: Executor,
  userId: string,
  { profil }: z.output<typeof choixRoleSchema>,
) => {
  const startedAt = performance.now();
  await db.transaction(async (tx) => {
    const etat = await etatInscription(tx, userId, { verrouiller: true });
    if (etat.etape === "terminee") throw new ApiError("conflict", { message: DEJA_VALIDEE });
    const cn = etat.utilisateur.isConseillerNumerique;

    const table = profil === "mediateur" ? mediateurs : coordinateurs;
    const [cree] = await tx
      .insert(table)
      .values({ userId })
      .onConflictDoNothing()
      .returning({ id: table.id });
    if (cree) {
      await recordMutation(tx, {
        userId,
        nom: profil === "mediateur" ? "creer_mediateur" : "creer_coordinateur",
        data: profil === "mediateur" ? { mediateurId: cree.id } : { coordinateurId: cree.id },
        startedAt,
      });
    }

    if (!cn && profil === "mediateur" && etat.coordinateurId) {
      await tx.delete(coordinateurs).where(eq(coordinateurs.id, etat.coordinateurId));
      await recordMutation(tx, {
        userId,
        nom: "supprimer_coordinateur",
        data: { coordinateurId: etat.coordinateurId },
        startedAt,
      });
    }
    if (!cn && profil === "coordinateur" && etat.mediateurId) {
      // Its lieux d'activité go with it (cascade): the step must be done again if ever needed.
      await tx.delete(mediateurs).where(eq(mediateurs.id, etat.mediateurId));
      await tx.update(users).set({ lieuxActiviteRenseignes: null }).where(eq(users.id, userId));
      await recordMutation(tx, {
        userId,
        nom: "supprimer_mediateur",
        data: { mediateurId: etat.mediateurId },
        startedAt,
      });
    }

    await tx
      .update(users)
      .set({
        profilInscription: profilInscription(profil, cn),
        acceptationCgu: sql`coalesce(${users.acceptationCgu}, now())`,
        updated: sql`now()`,
      })
      .where(eq(users.id, userId));
    if (!cree) {
      await recordMutation(tx, {
        userId,
        nom: "modifier_utilisateur",
        data: { profilInscription: profilInscription(profil, cn), acceptationCgu: true },
        startedAt,
      });
    }
  });
};
