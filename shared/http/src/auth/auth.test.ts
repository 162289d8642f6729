import { schema } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../create-app.ts";
import { testSecurity } from "../testing.ts";
import { apiClientAuth, generateApiSecret, hashApiSecret } from "./api-client.ts";
import { setSessionCookie } from "./authentication.ts";
import { authenticated, requireRole } from "./authorization.ts";
import { consumeRateLimit } from "./rate-limit.ts";
import { SESSION_COOKIE, signSessionCookie } from "./session-cookie.ts";
import { createSession, revokeSession, revokeUserSessions } from "./sessions.ts";

let database: TestDatabase;
const origin = new URL(testSecurity.publicUrl).origin;

const buildApp = () => {
  const app = createApp({ name: "essai", db: database.db, security: testSecurity });
  app.get("/essai/moi", (c) => c.json({ auth: c.var.auth }));
  app.post("/essai/ecrire", (c) => c.json({ userId: authenticated(c).user.id }));
  app.get("/essai/admin", requireRole(["admin"]), (c) => c.json({ ok: true }));
  app.get("/essai/back-office", requireRole(["admin", "support"], { hidden: true }), (c) =>
    c.json({ ok: true }),
  );
  app.get("/essai/api", apiClientAuth("activites"), (c) => c.json({ client: c.var.apiClient?.name }));
  app.post("/essai/connexion", async (c) => {
    const { userId } = await c.req.json<{ userId: string }>();
    const session = await createSession(c.var.db, userId);
    await setSessionCookie(c, session.token, session.expires);
    return c.json({ sessionId: session.sessionId });
  });
  return app;
};

const newUser = async (email: string, role: "user" | "admin" | "support" = "user") => {
  const [user] = await database.db.insert(schema.users).values({ email, role }).returning();
  return user!;
};

/** Signs in through the app and returns the cookie header to send back. */
const signIn = async (userId: string) => {
  const response = await buildApp().request("/essai/connexion", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  const setCookie = response.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  const { sessionId } = (await response.json()) as { sessionId: string };
  return { cookie: setCookie.split(";")[0]!, sessionId };
};

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe("sessions", () => {
  it("recognises the signed-in user from the cookie", async () => {
    const user = await newUser("camille@example.fr");
    const { cookie } = await signIn(user.id);
    const response = await buildApp().request("/essai/moi", { headers: { cookie } });
    const body = (await response.json()) as { auth: { user: { email: string; role: string } } };
    expect(body.auth.user).toMatchObject({ email: "camille@example.fr", role: "user" });
  });

  it("never stores the token itself", async () => {
    const user = await newUser("digest@example.fr");
    const { cookie } = await signIn(user.id);
    const rows = await database.db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(cookie).not.toContain(rows[0]!.sessionToken);
  });

  it("ignores and clears a tampered or forged cookie", async () => {
    const user = await newUser("alex@example.fr");
    const { cookie } = await signIn(user.id);
    const tampered = `${cookie.slice(0, -3)}${cookie.endsWith("a") ? "b" : "a"}aa`;
    const forged = `${SESSION_COOKIE}=${await signSessionCookie("x".repeat(43), new Date(Date.now() + 60_000), "une-autre-cle-secrete-de-trente-deux-caracteres")}`;
    for (const bad of [tampered, forged, `${SESSION_COOKIE}=n-importe-quoi`]) {
      const response = await buildApp().request("/essai/moi", { headers: { cookie: bad } });
      expect(await response.json()).toEqual({ auth: null });
      expect(response.headers.get("set-cookie")).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`));
    }
  });

  it("ends at once when revoked, and for every session of a disabled user", async () => {
    const user = await newUser("revoque@example.fr");
    const first = await signIn(user.id);
    const second = await signIn(user.id);
    await revokeSession(database.db, first.sessionId);
    expect(
      await (await buildApp().request("/essai/moi", { headers: { cookie: first.cookie } })).json(),
    ).toEqual({ auth: null });
    expect(
      await (await buildApp().request("/essai/moi", { headers: { cookie: second.cookie } })).json(),
    ).not.toEqual({ auth: null });

    await database.db.update(schema.users).set({ disabled: new Date() }).where(eq(schema.users.id, user.id));
    expect(
      await (await buildApp().request("/essai/moi", { headers: { cookie: second.cookie } })).json(),
    ).toEqual({ auth: null });
    await revokeUserSessions(database.db, user.id);
    expect(
      await database.db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id)),
    ).toEqual([]);
  });

  it("refuses an expired session and slides a session used after a day", async () => {
    const user = await newUser("glisse@example.fr");
    const { cookie, sessionId } = await signIn(user.id);
    await database.db
      .update(schema.sessions)
      .set({ expires: sql`now() + interval '20 days'` })
      .where(eq(schema.sessions.id, sessionId));
    const slid = await buildApp().request("/essai/moi", { headers: { cookie } });
    expect(slid.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    const [row] = await database.db.select().from(schema.sessions).where(eq(schema.sessions.id, sessionId));
    expect(row!.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);

    await database.db
      .update(schema.sessions)
      .set({ expires: sql`now() - interval '1 second'` })
      .where(eq(schema.sessions.id, sessionId));
    expect(await (await buildApp().request("/essai/moi", { headers: { cookie } })).json()).toEqual({
      auth: null,
    });
  });
});

describe("roles", () => {
  it("answers 401 without a session, 403 for the wrong role, 404 where the resource stays hidden", async () => {
    const user = await newUser("role-user@example.fr");
    const admin = await newUser("role-admin@example.fr", "admin");
    const support = await newUser("role-support@example.fr", "support");
    const [asUser, asAdmin, asSupport] = await Promise.all([
      signIn(user.id),
      signIn(admin.id),
      signIn(support.id),
    ]);
    const status = async (path: string, cookie?: string) =>
      (await buildApp().request(path, { headers: cookie ? { cookie } : {} })).status;

    expect(await status("/essai/admin")).toBe(401);
    expect(await status("/essai/admin", asUser.cookie)).toBe(403);
    expect(await status("/essai/admin", asSupport.cookie)).toBe(403);
    expect(await status("/essai/admin", asAdmin.cookie)).toBe(200);
    expect(await status("/essai/back-office", asUser.cookie)).toBe(404);
    expect(await status("/essai/back-office", asSupport.cookie)).toBe(200);
  });
});

describe("cookie-authenticated writes", () => {
  it("are refused from another origin or without one, accepted from the product's origin", async () => {
    const user = await newUser("csrf@example.fr");
    const { cookie } = await signIn(user.id);
    const post = (headers: Record<string, string>) =>
      buildApp().request("/essai/ecrire", { method: "POST", headers: { cookie, ...headers } });

    const foreign = await post({ origin: "https://site-malveillant.example" });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({
      error: { code: "forbidden", message: expect.stringContaining("Requête refusée") },
    });
    expect((await post({})).status).toBe(403);
    expect((await post({ origin })).status).toBe(200);
    expect((await post({ referer: `${origin}/coop` })).status).toBe(200);
  });
});

describe("partner API clients", () => {
  const insertClient = async (values: Partial<typeof schema.apiClients.$inferInsert> & { name: string }) => {
    const secret = generateApiSecret();
    const [client] = await database.db
      .insert(schema.apiClients)
      .values({
        scopes: ["activites"],
        secretHash: hashApiSecret(secret, testSecurity.hmacSecretKey),
        ...values,
      })
      .returning();
    return { id: client!.id, secret };
  };
  const call = (authorization?: string) =>
    buildApp().request("/essai/api", { headers: authorization ? { authorization } : {} });

  it("lets a valid client with the scope through", async () => {
    const { id, secret } = await insertClient({ name: "Partenaire valide" });
    const response = await call(`Bearer ${id}:${secret}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ client: "Partenaire valide" });
  });

  it('answers 403 {"error":"Forbidden"} to every kind of bad credential', async () => {
    const good = await insertClient({ name: "Partenaire témoin" });
    const expired = await insertClient({
      name: "Partenaire expiré",
      validUntil: new Date(Date.now() - 1000),
    });
    const future = await insertClient({
      name: "Partenaire futur",
      validFrom: new Date(Date.now() + 3600_000),
    });
    const noScope = await insertClient({ name: "Partenaire sans portée", scopes: ["structures"] });
    const cases = [
      undefined,
      "Basic abc",
      `Bearer ${good.id}`,
      `Bearer ${good.id}:${"0".repeat(64)}`,
      `Bearer 00000000-0000-4000-8000-000000000000:${good.secret}`,
      `Bearer pas-un-uuid:${good.secret}`,
      `Bearer ${expired.id}:${expired.secret}`,
      `Bearer ${future.id}:${future.secret}`,
      `Bearer ${noScope.id}:${noScope.secret}`,
    ];
    for (const authorization of cases) {
      const response = await call(authorization);
      expect(response.status, authorization).toBe(403);
      expect(await response.json()).toEqual({ error: "Forbidden" });
    }
  });
});

describe("rate limits", () => {
  it("refuses past the limit within the window and allows again once it has passed", async () => {
    const limit = { limit: 3, windowSeconds: 60 };
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++)
      results.push(await consumeRateLimit(database.db, "connexion:1.2.3.4", limit));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false, false]);
    expect(results[4]!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await consumeRateLimit(database.db, "connexion:5.6.7.8", limit)).allowed).toBe(true);

    await database.db.update(schema.rateLimits).set({ windowStart: sql`now() - interval '61 seconds'` });
    expect((await consumeRateLimit(database.db, "connexion:1.2.3.4", limit)).allowed).toBe(true);
  });
});
