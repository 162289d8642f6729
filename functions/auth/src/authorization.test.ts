import { schema } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { generateApiSecret, hashApiSecret } from "@coop/http";
import { testSecurity, testSession } from "@coop/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthApp } from "./app.ts";

// Who may call what on the auth function. A partner API credential opens no session route.
type Caller = "anonyme" | "user" | "support" | "admin" | "clientApi";
type Route = { method: string; path: (ids: Ids) => string; body?: unknown; expected: Record<Caller, number> };
type Ids = { demo: string; cible: string; client: string };

const everyone = (status: number): Record<Caller, number> => ({
  anonyme: status,
  user: status,
  support: status,
  admin: status,
  clientApi: status,
});

const routes: Route[] = [
  { method: "GET", path: () => "/auth/health", expected: everyone(200) },
  {
    method: "GET",
    path: () => "/auth/me",
    expected: { anonyme: 401, user: 200, support: 200, admin: 200, clientApi: 401 },
  },
  { method: "GET", path: () => "/auth/email/disponible", expected: everyone(200) },
  {
    method: "GET",
    path: () => "/auth/administration/utilisateurs",
    expected: { anonyme: 401, user: 404, support: 200, admin: 200, clientApi: 401 },
  },
  {
    method: "POST",
    path: ({ cible }) => `/auth/administration/utilisateurs/${cible}/desactivation`,
    expected: { anonyme: 401, user: 404, support: 404, admin: 204, clientApi: 401 },
  },
  {
    method: "POST",
    path: ({ cible }) => `/auth/administration/utilisateurs/${cible}/reactivation`,
    expected: { anonyme: 401, user: 404, support: 404, admin: 204, clientApi: 401 },
  },
  {
    method: "GET",
    path: () => "/auth/administration/clients-api",
    expected: { anonyme: 401, user: 404, support: 404, admin: 200, clientApi: 401 },
  },
  {
    method: "POST",
    path: () => "/auth/administration/clients-api",
    body: { name: `Client ${Math.random()}`, scopes: ["activites"] },
    expected: { anonyme: 401, user: 404, support: 404, admin: 201, clientApi: 401 },
  },
  {
    method: "POST",
    path: ({ client }) => `/auth/administration/clients-api/${client}/secret`,
    expected: { anonyme: 401, user: 404, support: 404, admin: 200, clientApi: 401 },
  },
  {
    method: "POST",
    path: ({ client }) => `/auth/administration/clients-api/${client}/revocation`,
    expected: { anonyme: 401, user: 404, support: 404, admin: 200, clientApi: 401 },
  },
  {
    method: "POST",
    path: () => "/auth/usurpation/fin",
    expected: { anonyme: 401, user: 400, support: 400, admin: 400, clientApi: 401 },
  },
  // Last: it switches the admin's session to the demo account.
  {
    method: "POST",
    path: ({ demo }) => `/auth/administration/utilisateurs/${demo}/usurpation`,
    expected: { anonyme: 401, user: 404, support: 404, admin: 200, clientApi: 401 },
  },
];

let database: TestDatabase;
let app: ReturnType<typeof createAuthApp>;
let ids: Ids;
let headers: Record<Caller, Record<string, string>>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createAuthApp({ db: database.db, security: testSecurity });
  const [user, support, admin] = await Promise.all([
    testSession(database.db, { email: "user@exemple.fr" }),
    testSession(database.db, { email: "support@exemple.fr", role: "support" }),
    testSession(database.db, { email: "admin@exemple.fr", role: "admin" }),
  ]);
  const [demo] = await database.db
    .insert(schema.users)
    .values({ email: "demo@coop-demo.fr", isFixture: true })
    .returning();
  const [cible] = await database.db.insert(schema.users).values({ email: "cible@exemple.fr" }).returning();
  const secret = generateApiSecret();
  const [client] = await database.db
    .insert(schema.apiClients)
    .values({
      name: "Partenaire",
      scopes: ["activites", "statistiques", "structures", "lieux_activite", "utilisateurs"],
      secretHash: hashApiSecret(secret, testSecurity.hmacSecretKey),
    })
    .returning();
  ids = { demo: demo!.id, cible: cible!.id, client: client!.id };
  headers = {
    anonyme: { origin: "http://localhost:3000" },
    user: user.headers,
    support: support.headers,
    admin: admin.headers,
    clientApi: { authorization: `Bearer ${client!.id}:${secret}` },
  };
});
afterAll(() => database?.close());

describe("auth routes × callers", () => {
  for (const route of routes) {
    it(`${route.method} ${route.path({ demo: ":demo", cible: ":id", client: ":client" })}`, async () => {
      const statuses: Record<string, number> = {};
      for (const caller of Object.keys(route.expected) as Caller[]) {
        const response = await app.request(route.path(ids), {
          method: route.method,
          headers: { ...headers[caller], ...(route.body ? { "content-type": "application/json" } : {}) },
          body: route.body
            ? JSON.stringify({ ...(route.body as object), name: `Client ${caller} ${Math.random()}` })
            : undefined,
        });
        statuses[caller] = response.status;
      }
      expect(statuses).toEqual(route.expected);
    });
  }
});
