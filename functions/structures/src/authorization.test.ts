import { schema } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { createRechercheEntreprisesClient } from "@coop/external";
import { generateApiSecret, hashApiSecret } from "@coop/http";
import { testSecurity, testSession } from "@coop/http/testing";
import { type RechercheEntreprisesStandin, startRechercheEntreprisesStandin } from "@coop/standins";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStructuresApp } from "./app.ts";

// Who may call what on the structures function. Every médiateur-only route answers 403 to other
// signed-in people; a partner API credential opens none of these routes.
type Caller = "anonyme" | "user" | "mediateur" | "support" | "admin" | "clientApi";
type Route = {
  method: string;
  path: (ids: { structure: string }) => string;
  body?: () => unknown;
  expected: Record<Caller, number>;
};

const signedIn = (status: number): Record<Caller, number> => ({
  anonyme: 401,
  user: status,
  mediateur: status,
  support: status,
  admin: status,
  clientApi: 401,
});
const mediateurOnly = (status: number): Record<Caller, number> => ({ ...signedIn(403), mediateur: status });

const formulaire = () => ({
  nom: `Espace numérique ${Math.random().toString(36).slice(2, 8)}`,
  adresse: { voie: "2 rue de la Mairie", commune: "Talence", codePostal: "33400", codeInsee: "33522" },
  typologies: ["EPN"],
});

const routes: Route[] = [
  {
    method: "GET",
    path: () => "/structures/health",
    expected: { ...signedIn(200), anonyme: 200, clientApi: 200 },
  },
  { method: "GET", path: () => "/structures/recherche?q=espace", expected: signedIn(200) },
  { method: "GET", path: () => "/structures/entreprises?siret=80462139900018", expected: signedIn(200) },
  { method: "POST", path: () => "/structures", body: formulaire, expected: signedIn(201) },
  { method: "GET", path: ({ structure }) => `/structures/${structure}`, expected: signedIn(200) },
  { method: "GET", path: () => "/structures/inscription/structure-employeuse", expected: signedIn(200) },
  { method: "GET", path: () => "/structures/inscription/lieux-activite", expected: mediateurOnly(200) },
  { method: "GET", path: () => "/structures/mes-lieux", expected: mediateurOnly(200) },
];

let database: TestDatabase;
let entreprises: RechercheEntreprisesStandin;
let app: ReturnType<typeof createStructuresApp>;
let headers: Record<Caller, Record<string, string>>;
let structure: string;

beforeAll(async () => {
  database = await createTestDatabase();
  entreprises = await startRechercheEntreprisesStandin({ port: 0 });
  app = createStructuresApp({
    db: database.db,
    security: testSecurity,
    rechercheEntreprises: createRechercheEntreprisesClient({ baseUrl: entreprises.url, timeoutMs: 2000 }),
  });
  const [user, mediateur, support, admin] = await Promise.all([
    testSession(database.db, { email: "user@exemple.fr" }),
    testSession(database.db, { email: "mediateur@exemple.fr" }, { mediateur: true }),
    testSession(database.db, { email: "support@exemple.fr", role: "support" }),
    testSession(database.db, { email: "admin@exemple.fr", role: "admin" }),
  ]);
  const [row] = await database.db
    .insert(schema.structures)
    .values({ nom: "Médiathèque", adresse: "1 place du Marché", commune: "Talence", codePostal: "33400" })
    .returning();
  structure = row!.id;
  const secret = generateApiSecret();
  const [client] = await database.db
    .insert(schema.apiClients)
    .values({
      name: "Partenaire",
      scopes: ["structures", "lieux_activite"],
      secretHash: hashApiSecret(secret, testSecurity.hmacSecretKey),
    })
    .returning();
  headers = {
    anonyme: { origin: "http://localhost:3000" },
    user: user.headers,
    mediateur: mediateur.headers,
    support: support.headers,
    admin: admin.headers,
    clientApi: { authorization: `Bearer ${client!.id}:${secret}` },
  };
});
afterAll(async () => {
  await entreprises?.close();
  await database?.close();
});

describe("structures routes × callers", () => {
  for (const route of routes) {
    it(`${route.method} ${route.path({ structure: ":id" })}`, async () => {
      const statuses: Record<string, number> = {};
      for (const caller of Object.keys(route.expected) as Caller[]) {
        const response = await app.request(route.path({ structure }), {
          method: route.method,
          headers: { ...headers[caller], ...(route.body ? { "content-type": "application/json" } : {}) },
          body: route.body ? JSON.stringify(route.body()) : undefined,
        });
        statuses[caller] = response.status;
      }
      expect(statuses).toEqual(route.expected);
    });
  }
});
