import { schema } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { type AppEnv, apiClientAuth } from "@coop/http";
import { callJson, testSecurity, testSession } from "@coop/http/testing";
import { desc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthApp } from "../app.ts";

let database: TestDatabase;
let app: ReturnType<typeof createAuthApp>;
let admin: Awaited<ReturnType<typeof testSession>>;
let support: Awaited<ReturnType<typeof testSession>>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createAuthApp({ db: database.db, security: testSecurity });
  admin = await testSession(database.db, {
    email: "admin@coop.example",
    role: "admin",
    firstName: "Antoine",
    lastName: "Dupuis",
  });
  support = await testSession(database.db, { email: "support@coop.example", role: "support" });
});
afterAll(() => database?.close());

const lastMutation = async () =>
  (await database.db.select().from(schema.mutations).orderBy(desc(schema.mutations.timestamp)).limit(1))[0];

describe("users list", () => {
  it("finds accounts by any word of the name or e-mail, accents and case ignored", async () => {
    await database.db.insert(schema.users).values([
      { email: "helene.etienne@exemple.fr", firstName: "Hélène", lastName: "Étienne" },
      { email: "marc.durand@exemple.fr", firstName: "Marc", lastName: "Durand" },
    ]);
    const { status, body } = await callJson<{ utilisateurs: Array<{ email: string }>; total: number }>(
      app,
      "/auth/administration/utilisateurs?recherche=HELENE%20etien",
      { headers: admin.headers },
    );
    expect(status).toBe(200);
    expect(body.utilisateurs.map((user) => user.email)).toEqual(["helene.etienne@exemple.fr"]);
    expect(body.total).toBe(1);
  });

  it("is readable by support, hidden from users", async () => {
    const user = await testSession(database.db, { email: "simple@exemple.fr" });
    expect(
      (await app.request("/auth/administration/utilisateurs", { headers: support.headers })).status,
    ).toBe(200);
    expect((await app.request("/auth/administration/utilisateurs", { headers: user.headers })).status).toBe(
      404,
    );
  });
});

describe("impersonation", () => {
  it("switches the admin's session to a demo account, audits it, and 'stop' restores it", async () => {
    const admin2 = await testSession(database.db, { email: "admin2@coop.example", role: "admin" });
    const [demo] = await database.db
      .insert(schema.users)
      .values({ email: "demo@coop-demo.fr", isFixture: true })
      .returning();

    const started = await callJson<{ redirection: string }>(
      app,
      `/auth/administration/utilisateurs/${demo!.id}/usurpation`,
      {
        method: "POST",
        headers: admin2.headers,
      },
    );
    expect(started).toMatchObject({ status: 200, body: { redirection: "/coop" } });
    expect(await lastMutation()).toMatchObject({
      nom: "usurper_utilisateur",
      userId: admin2.user.id,
      data: { cibleId: demo!.id, action: "debut" },
    });

    const during = await callJson<{ user: { id: string }; usurper: { id: string } }>(app, "/auth/me", {
      headers: admin2.headers,
    });
    expect(during.body.user.id).toBe(demo!.id);
    expect(during.body.usurper.id).toBe(admin2.user.id);

    const stopped = await callJson(app, "/auth/usurpation/fin", { method: "POST", headers: admin2.headers });
    expect(stopped.status).toBe(200);
    const after = await callJson<{ user: { id: string }; usurper: null }>(app, "/auth/me", {
      headers: admin2.headers,
    });
    expect(after.body).toMatchObject({ user: { id: admin2.user.id }, usurper: null });
    expect(await lastMutation()).toMatchObject({ nom: "usurper_utilisateur", data: { action: "fin" } });
  });

  it("refuses real accounts unless SUDO_USURPATION, and refuses non-admins", async () => {
    const [real] = await database.db
      .insert(schema.users)
      .values({ email: "vraie.personne@exemple.fr" })
      .returning();
    const path = `/auth/administration/utilisateurs/${real!.id}/usurpation`;
    const refused = await callJson<{ error: { message: string } }>(app, path, {
      method: "POST",
      headers: admin.headers,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("démonstration");
    expect((await app.request(path, { method: "POST", headers: support.headers })).status).toBe(404);

    const sudo = createAuthApp({ db: database.db, security: testSecurity, sudoUsurpation: true });
    const admin3 = await testSession(database.db, { email: "admin3@coop.example", role: "admin" });
    expect((await sudo.request(path, { method: "POST", headers: admin3.headers })).status).toBe(200);
  });
});

describe("disabling an account", () => {
  it("ends its sessions at once and keeps it out until reactivated", async () => {
    const person = await testSession(database.db, { email: "a.desactiver@exemple.fr" });
    expect((await app.request("/auth/me", { headers: person.headers })).status).toBe(200);

    const disabled = await app.request(`/auth/administration/utilisateurs/${person.user.id}/desactivation`, {
      method: "POST",
      headers: admin.headers,
    });
    expect(disabled.status).toBe(204);
    expect((await app.request("/auth/me", { headers: person.headers })).status).toBe(401);
    expect(
      await database.db.select().from(schema.sessions).where(eq(schema.sessions.userId, person.user.id)),
    ).toEqual([]);
    expect(await lastMutation()).toMatchObject({
      nom: "modifier_utilisateur",
      data: { userId: person.user.id, actif: false },
    });

    const back = await app.request(`/auth/administration/utilisateurs/${person.user.id}/reactivation`, {
      method: "POST",
      headers: admin.headers,
    });
    expect(back.status).toBe(204);
    const [row] = await database.db.select().from(schema.users).where(eq(schema.users.id, person.user.id));
    expect(row!.disabled).toBeNull();
  });

  it("cannot be done to oneself, nor to an unknown id", async () => {
    expect(
      (
        await app.request(`/auth/administration/utilisateurs/${admin.user.id}/desactivation`, {
          method: "POST",
          headers: admin.headers,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await app.request(
          "/auth/administration/utilisateurs/00000000-0000-4000-8000-000000000000/desactivation",
          { method: "POST", headers: admin.headers },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await app.request("/auth/administration/utilisateurs/pas-un-uuid/desactivation", {
          method: "POST",
          headers: admin.headers,
        })
      ).status,
    ).toBe(400);
  });
});

describe("partner API clients", () => {
  // A route protected like the API v1 routes, to try the credentials the back-office hands out.
  const protectedApp = () => {
    const probe = new Hono<AppEnv>();
    probe.use(async (c, next) => {
      c.set("db", database.db);
      c.set("security", testSecurity);
      await next();
    });
    return probe.get("/essai", apiClientAuth("statistiques"), (c) =>
      c.json({ client: c.var.apiClient?.name }),
    );
  };
  const tryCredential = (id: string, secret: string) =>
    protectedApp().request("/essai", { headers: { authorization: `Bearer ${id}:${secret}` } });

  it("creates a client whose secret is shown once and works, then rotates and revokes it", async () => {
    const created = await callJson<{ client: { id: string; scopes: string[] }; secret: string }>(
      app,
      "/auth/administration/clients-api",
      {
        method: "POST",
        headers: admin.headers,
        json: { name: "Observatoire régional", scopes: ["statistiques", "activites"] },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^[0-9a-f]{64}$/);
    const { id } = created.body.client;
    expect((await tryCredential(id, created.body.secret)).status).toBe(200);

    const listed = await callJson<{ clients: Array<Record<string, unknown>> }>(
      app,
      "/auth/administration/clients-api",
      { headers: admin.headers },
    );
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    expect(listed.body.clients[0]).not.toHaveProperty("secretHash");

    const rotated = await callJson<{ secret: string }>(app, `/auth/administration/clients-api/${id}/secret`, {
      method: "POST",
      headers: admin.headers,
    });
    expect((await tryCredential(id, created.body.secret)).status).toBe(403);
    expect((await tryCredential(id, rotated.body.secret)).status).toBe(200);

    await callJson(app, `/auth/administration/clients-api/${id}`, {
      method: "PATCH",
      headers: admin.headers,
      json: { scopes: ["activites"] },
    });
    expect((await tryCredential(id, rotated.body.secret)).status).toBe(403);
    await callJson(app, `/auth/administration/clients-api/${id}`, {
      method: "PATCH",
      headers: admin.headers,
      json: { scopes: ["statistiques"] },
    });
    expect((await tryCredential(id, rotated.body.secret)).status).toBe(200);

    const revoked = await app.request(`/auth/administration/clients-api/${id}/revocation`, {
      method: "POST",
      headers: admin.headers,
    });
    expect(revoked.status).toBe(200);
    expect((await tryCredential(id, rotated.body.secret)).status).toBe(403);
  });

  it("refuses bad input with named fields and a duplicate name with 409", async () => {
    const bad = await callJson<{ error: { fields: Record<string, string> } }>(
      app,
      "/auth/administration/clients-api",
      {
        method: "POST",
        headers: admin.headers,
        json: { name: "x", scopes: [] },
      },
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["name", "scopes"]);

    const values = { name: "Partenaire en double", scopes: ["structures"] };
    await callJson(app, "/auth/administration/clients-api", {
      method: "POST",
      headers: admin.headers,
      json: values,
    });
    const twice = await callJson<{ error: { fields: Record<string, string> } }>(
      app,
      "/auth/administration/clients-api",
      {
        method: "POST",
        headers: admin.headers,
        json: values,
      },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.fields.name).toContain("déjà");
  });
});
