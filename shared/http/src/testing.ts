import { type Database, schema } from "@coop/db";
import { SESSION_COOKIE, signSessionCookie } from "./auth/session-cookie.ts";
import { createSession } from "./auth/sessions.ts";
import type { SecuritySettings } from "./env.ts";

/** Settings for tests: a local origin and throwaway secrets. */
export const testSecurity: SecuritySettings = {
  publicUrl: "http://localhost:3000",
  sessionSecret: "secret-de-session-pour-les-tests-uniquement-0123456789",
  hmacSecretKey: "cle-hmac-pour-les-tests-uniquement-0123456789abcdef",
};

type FetchApp = { request: (input: string, init?: RequestInit) => Response | Promise<Response> };

/** Sends a request to an app in-process and reads its JSON answer. */
export const callJson = async <T = unknown>(
  app: FetchApp,
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<{ status: number; headers: Headers; body: T }> => {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("content-type", "application/json");
  const response = await app.request(path, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
};

/**
 * An account with a live session, for tests: the headers a browser on the product's pages would send
 * (session cookie and same-origin Origin). `values` are columns of `users`.
 */
export const testSession = async (
  db: Database,
  values: Partial<typeof schema.users.$inferInsert> & { email: string },
) => {
  const [user] = await db.insert(schema.users).values(values).returning();
  const session = await createSession(db, user!.id);
  const cookie = `${SESSION_COOKIE}=${await signSessionCookie(session.token, session.expires, testSecurity.sessionSecret)}`;
  return {
    user: user!,
    sessionId: session.sessionId,
    cookie,
    headers: { cookie, origin: new URL(testSecurity.publicUrl).origin },
  };
};
