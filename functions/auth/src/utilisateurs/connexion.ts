import { type Executor, schema } from "@coop/db";
import { and, eq, isNull, sql } from "drizzle-orm";

const { accounts, users } = schema;

export type IdentiteConnexion = {
  email: string;
  givenName?: string | null;
  usualName?: string | null;
  phone?: string | null;
  siret?: string | null;
};

export class CompteDesactive extends Error {}

/**
 * The account behind a verified identity, created on first sign-in. Each sign-in refreshes the
 * identity, reactivates a soft-deleted account and records the login; a disabled account is refused.
 */
export const connecterUtilisateur = async (db: Executor, identite: IdentiteConnexion) => {
  const email = identite.email.trim().toLowerCase();
  const name = [identite.givenName, identite.usualName].filter(Boolean).join(" ") || null;
  const refreshed = {
    ...(identite.givenName ? { firstName: identite.givenName } : {}),
    ...(identite.usualName ? { lastName: identite.usualName } : {}),
    ...(name ? { name } : {}),
    ...(identite.phone ? { phone: identite.phone } : {}),
    ...(identite.siret ? { siret: identite.siret } : {}),
  };
  const [user] = await db
    .insert(users)
    .values({ email, ...refreshed, emailVerified: new Date(), lastLogin: new Date() })
    .onConflictDoUpdate({
      target: users.email,
      set: { ...refreshed, deleted: null, lastLogin: sql`now()`, updated: sql`now()` },
      // A disabled account is left untouched: no row comes back.
      setWhere: isNull(users.disabled),
    })
    .returning();
  if (!user) throw new CompteDesactive(email);
  return user;
};

/** Keeps the provider's tokens of the account (the ID token is the logout hint). */
export const enregistrerJetons = async (
  db: Executor,
  userId: string,
  provider: string,
  providerAccountId: string,
  tokens: { idToken: string; accessToken: string; expiresAt: number | null; scope: string },
) => {
  const values = {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    expiresAt: tokens.expiresAt,
    scope: tokens.scope,
    tokenType: "Bearer",
  };
  await db
    .insert(accounts)
    .values({ userId, type: "oidc", provider, providerAccountId, ...values })
    .onConflictDoUpdate({
      target: [accounts.provider, accounts.providerAccountId],
      set: { userId, ...values },
    });
};

export const dernierIdToken = async (db: Executor, userId: string, provider: string) => {
  const [account] = await db
    .select({ idToken: accounts.idToken })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.provider, provider)))
    .limit(1);
  return account?.idToken ?? null;
};
