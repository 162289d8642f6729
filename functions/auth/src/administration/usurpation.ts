import { type Executor, recordMutation, schema } from "@coop/db";
import { ApiError, type AuthContext } from "@coop/http";
import { and, eq, isNull } from "drizzle-orm";

const { sessions, users } = schema;

/**
 * An administrator's session becomes the target's: every page then acts as the target, with the
 * administrator recorded in `usurper_id` (banner, audit). Only demo accounts unless SUDO_USURPATION.
 */
export const usurperUtilisateur = async (
  db: Executor,
  auth: AuthContext,
  cibleId: string,
  { toutUtilisateur }: { toutUtilisateur: boolean },
) => {
  const startedAt = performance.now();
  if (auth.usurper) throw new ApiError("conflict", { message: "Terminez d'abord l'usurpation en cours." });
  await db.transaction(async (tx) => {
    const [cible] = await tx
      .select({ id: users.id, isFixture: users.isFixture, role: users.role })
      .from(users)
      .where(and(eq(users.id, cibleId), isNull(users.deleted), isNull(users.disabled)))
      .limit(1);
    if (!cible) throw new ApiError("not_found", { message: "Cet utilisateur est introuvable ou désactivé." });
    if (cible.id === auth.user.id)
      throw new ApiError("bad_request", { message: "Vous ne pouvez pas vous usurper vous-même." });
    if (!cible.isFixture && !toutUtilisateur) {
      throw new ApiError("forbidden", {
        message: "Seuls les comptes de démonstration peuvent être usurpés ici.",
      });
    }
    await tx
      .update(sessions)
      .set({ userId: cible.id, usurperId: auth.user.id })
      .where(eq(sessions.id, auth.sessionId));
    await recordMutation(tx, {
      userId: auth.user.id,
      nom: "usurper_utilisateur",
      data: { cibleId: cible.id, action: "debut" },
      startedAt,
    });
  });
};

/** "Arrêter l'usurpation": the session returns to the administrator. */
export const arreterUsurpation = async (db: Executor, auth: AuthContext) => {
  const startedAt = performance.now();
  if (!auth.usurper) throw new ApiError("bad_request", { message: "Aucune usurpation n'est en cours." });
  const usurper = auth.usurper;
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ userId: usurper.id, usurperId: null })
      .where(eq(sessions.id, auth.sessionId));
    await recordMutation(tx, {
      userId: usurper.id,
      nom: "usurper_utilisateur",
      data: { cibleId: auth.user.id, action: "fin" },
      startedAt,
    });
  });
};
