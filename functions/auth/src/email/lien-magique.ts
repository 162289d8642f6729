import { createHash, randomBytes } from "node:crypto";
import { type Executor, schema } from "@coop/db";
import { and, eq, gt, sql } from "drizzle-orm";

const { verificationTokens } = schema;

/** A sign-in link works once, for 15 minutes. */
const DUREE_LIEN_MS = 15 * 60 * 1000;

const empreinte = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a one-time token for an e-mail address; only its digest is stored. */
export const creerLienMagique = async (db: Executor, email: string) => {
  const token = randomBytes(32).toString("base64url");
  await db.insert(verificationTokens).values({
    identifier: email,
    token: empreinte(token),
    expires: new Date(Date.now() + DUREE_LIEN_MS),
  });
  return token;
};

/** Consumes a token: true once if it matches the address and has not expired. */
export const consommerLienMagique = async (db: Executor, email: string, token: string) => {
  const deleted = await db
    .delete(verificationTokens)
    .where(
      and(
        eq(verificationTokens.identifier, email),
        eq(verificationTokens.token, empreinte(token)),
        gt(verificationTokens.expires, sql`now()`),
      ),
    )
    .returning({ identifier: verificationTokens.identifier });
  return deleted.length === 1;
};
