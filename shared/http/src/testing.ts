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
  roles: { mediateur?: boolean; coordinateur?: boolean } = {},
) => {
  const [user] = await db.insert(schema.users).values(values).returning();
  const [mediateur] = roles.mediateur
    ? await db.insert(schema.mediateurs).values({ userId: user!.id }).returning()
    : [];
  const [coordinateur] = roles.coordinateur
    ? await db.insert(schema.coordinateurs).values({ userId: user!.id }).returning()
    : [];
  const session = await createSession(db, user!.id);
  const cookie = `${SESSION_COOKIE}=${await signSessionCookie(session.token, session.expires, testSecurity.sessionSecret)}`;
  return {
    user: user!,
    mediateurId: mediateur?.id ?? null,
    coordinateurId: coordinateur?.id ?? null,
    sessionId: session.sessionId,
    cookie,
    headers: { cookie, origin: new URL(testSecurity.publicUrl).origin },
  };
};

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their values.
type Json = any;

/** Requests as the site sends them: the session cookie, and the site's origin on writes. */
export const testClient = (app: FetchApp, cookie?: string) => {
  const send = (method: string, path: string, json?: unknown) =>
    callJson<Json>(app, path, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method === "GET" ? {} : { origin: new URL(testSecurity.publicUrl).origin }),
      },
      ...(json !== undefined ? { json } : {}),
    });
  return {
    get: (path: string) => send("GET", path),
    post: (path: string, json?: unknown) => send("POST", path, json),
    put: (path: string, json?: unknown) => send("PUT", path, json),
    patch: (path: string, json?: unknown) => send("PATCH", path, json),
    delete: (path: string) => send("DELETE", path),
  };
};

let testUserCount = 0;

/** A person with a live session (médiateur and/or coordinateur rows on demand), e-mail made up unless given. */
export const testUser = async (
  db: Database,
  options: { email?: string; mediateur?: boolean; coordinateur?: boolean } = {},
) => {
  testUserCount += 1;
  const email = options.email ?? `personne-${testUserCount}-${Date.now()}@coop-test.fr`;
  const session = await testSession(db, { email, firstName: "Camille", lastName: "Test" }, options);
  return {
    id: session.user.id,
    email,
    mediateurId: session.mediateurId,
    coordinateurId: session.coordinateurId,
    cookie: session.cookie,
  };
};
