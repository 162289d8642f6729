import { createHash, randomBytes } from "node:crypto";
import type { Executor } from "@coop/db";
import { schema } from "@coop/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AuthContext } from "../env.ts";

const { coordinateurs, mediateurs, sessions, users } = schema;

/** Sessions last 30 days from the last use. */
export const SESSION_LIFETIME_MS = 30 * 24 * 3600 * 1000;
/** Sliding: the expiry moves forward at most once a day. */
const SLIDE_AFTER_MS = 24 * 3600 * 1000;

/** The database keeps only a digest of the token: a leaked table opens no session. */
export const digestSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const createSession = async (
  db: Executor,
  userId: string,
): Promise<{ token: string; expires: Date; sessionId: string }> => {
  const token = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + SESSION_LIFETIME_MS);
  const [row] = await db
    .insert(sessions)
    .values({ sessionToken: digestSessionToken(token), userId, expires })
    .returning({ id: sessions.id });
  return { token, expires, sessionId: row!.id };
};

const usurpers = alias(users, "usurpers");

/**
 * The session behind a token, with its user, if it is alive: not expired, the user neither
 * deleted nor disabled. Slides the expiry when due and says so (the cookie must follow).
 */
export const loadSession = async (
  db: Executor,
  token: string,
): Promise<{ auth: AuthContext; renewedUntil: Date | null } | null> => {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      expires: sessions.expires,
      user: {
        id: users.id,
        email: users.email,
        role: users.role,
        firstName: users.firstName,
        lastName: users.lastName,
        name: users.name,
        isFixture: users.isFixture,
        isConseillerNumerique: users.isConseillerNumerique,
        inscriptionValidee: users.inscriptionValidee,
        mediateurId: mediateurs.id,
        coordinateurId: coordinateurs.id,
      },
      usurper: { id: usurpers.id, email: usurpers.email, name: usurpers.name },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(mediateurs, eq(mediateurs.userId, users.id))
    .leftJoin(coordinateurs, eq(coordinateurs.userId, users.id))
    .leftJoin(usurpers, eq(usurpers.id, sessions.usurperId))
    .where(
      and(
        eq(sessions.sessionToken, digestSessionToken(token)),
        gt(sessions.expires, sql`now()`),
        isNull(users.deleted),
        isNull(users.disabled),
      ),
    )
    .limit(1);
  if (!row) return null;

  let renewedUntil: Date | null = null;
  if (row.expires.getTime() - Date.now() < SESSION_LIFETIME_MS - SLIDE_AFTER_MS) {
    renewedUntil = new Date(Date.now() + SESSION_LIFETIME_MS);
    await db.update(sessions).set({ expires: renewedUntil }).where(eq(sessions.id, row.sessionId));
  }
  const usurper = row.usurper?.id ? row.usurper : null;
  return { auth: { sessionId: row.sessionId, user: row.user, usurper }, renewedUntil };
};

export const revokeSession = (db: Executor, sessionId: string) =>
  db.delete(sessions).where(eq(sessions.id, sessionId));

/** Every session of a user ends at once (disabled account, deletion). */
export const revokeUserSessions = (db: Executor, userId: string) =>
  db.delete(sessions).where(eq(sessions.userId, userId));
