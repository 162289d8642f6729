import { type Executor, recordMutation, schema } from "@coop/db";
import { ApiError, revokeUserSessions } from "@coop/http";
import { eq, sql } from "drizzle-orm";

const { users } = schema;

/** Disables (or reactivates) an account; disabling ends all its sessions at once. */
export const changerActivation = async (
  db: Executor,
  { adminId, userId, actif }: { adminId: string; userId: string; actif: boolean },
) => {
  const startedAt = performance.now();
  if (userId === adminId)
    throw new ApiError("bad_request", { message: "Vous ne pouvez pas désactiver votre propre compte." });
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ disabled: actif ? null : sql`now()`, updated: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!updated) throw new ApiError("not_found", { message: "Cet utilisateur est introuvable." });
    if (!actif) await revokeUserSessions(tx, userId);
    await recordMutation(tx, {
      userId: adminId,
      nom: "modifier_utilisateur",
      data: { userId, actif },
      startedAt,
    });
  });
};
