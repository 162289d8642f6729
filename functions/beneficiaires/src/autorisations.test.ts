import { type Database, schema } from "@coop/db";
import { countRows, type TestDatabase } from "@coop/db/testing";
import { testClient, testSecurity, testSession } from "@coop/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activite, compteursDe, inserer, ligne, type MediateurDeTest, preparer } from "./testing.ts";

// Who may call what: every route but health is the signed-in médiateur's own space (validated
// inscription); another médiateur's bénéficiaire is never found (404), never "forbidden".

type Appelant = "anonyme" | "utilisateur" | "mediateurNonInscrit" | "mediateur";

let database: TestDatabase;
let db: Database;
let app: Awaited<ReturnType<typeof preparer>>["app"];
let moi: MediateurDeTest;
let autre: MediateurDeTest;
let cookies: Record<Appelant, string | undefined>;

beforeAll(async () => {
  ({ database, db, app, moi, autre } = await preparer());
  const utilisateur = await testSession(db, {
    email: "utilisateur@exemple.fr",
    inscriptionValidee: new Date(),
  });
  const nonInscrit = await testSession(db, { email: "non-inscrit@exemple.fr" }, { mediateur: true });
  cookies = {
    anonyme: undefined,
    utilisateur: utilisateur.cookie,
    mediateurNonInscrit: nonInscrit.cookie,
    mediateur: moi.cookie,
  };
});
afterAll(() => database?.close());

const routes: Array<{
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: (id: string) => string;
  body?: (id: string) => unknown;
  ok: number;
}> = [
  { method: "GET", path: () => "/beneficiaires/communes?q=lyon", ok: 200 },
  { method: "GET", path: () => "/beneficiaires", ok: 200 },
  { method: "GET", path: () => "/beneficiaires/recherche?q=a", ok: 200 },
  { method: "POST", path: () => "/beneficiaires", body: () => ({ prenom: "A", nom: "B" }), ok: 201 },
  { method: "GET", path: (id) => `/beneficiaires/${id}`, ok: 200 },
  { method: "GET", path: (id) => `/beneficiaires/${id}/accompagnements`, ok: 200 },
  { method: "PUT", path: (id) => `/beneficiaires/${id}`, body: () => ({ prenom: "A", nom: "B" }), ok: 200 },
  { method: "GET", path: () => "/beneficiaires/doublons", ok: 200 },
  { method: "GET", path: () => "/beneficiaires/import/modele", ok: 200 },
  { method: "POST", path: () => "/beneficiaires/suppression", body: (id) => ({ ids: [id] }), ok: 200 },
  { method: "DELETE", path: (id) => `/beneficiaires/${id}`, ok: 204 },
];

const appeler = async (appelant: Appelant, route: (typeof routes)[number], id: string) => {
  const cookie = cookies[appelant];
  const body = route.body?.(id);
  const response = await app.request(route.path(id), {
    method: route.method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(route.method === "GET" ? {} : { origin: testSecurity.publicUrl }),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return response.status;
};

describe("authorization", () => {
  it("answers 401 without a session, 403 to non-médiateurs and unfinished inscriptions", async () => {
    for (const route of routes) {
      const { id } = await inserer(db, moi.mediateurId);
      expect(await appeler("anonyme", route, id), `${route.method} ${route.path(id)}`).toBe(401);
      expect(await appeler("utilisateur", route, id), `${route.method} ${route.path(id)}`).toBe(403);
      expect(await appeler("mediateurNonInscrit", route, id), `${route.method} ${route.path(id)}`).toBe(403);
      expect(await appeler("mediateur", route, id), `${route.method} ${route.path(id)}`).toBe(route.ok);
    }
    const importSansSession = await app.request("/beneficiaires/import/analyse", {
      method: "POST",
      body: new FormData(),
    });
    expect(importSansSession.status).toBe(401);
  });

  it("keeps health public", async () => {
    expect((await app.request("/beneficiaires/health")).status).toBe(200);
  });
});

describe("two médiateurs", () => {
  it("never see, change, delete or merge each other's bénéficiaires", async () => {
    const sien = await inserer(db, autre.mediateurId, {
      prenom: "Secret",
      nom: "Isolé",
      email: "secret@exemple.fr",
    });
    await activite(db, autre.mediateurId, [sien.id]);
    const mien = await inserer(db, moi.mediateurId, {
      prenom: "Secret",
      nom: "Isolé",
      email: "secret@exemple.fr",
    });
    const avant = await countRows(db, schema.beneficiaires, schema.mutations, schema.accompagnements);
    const compteursAutre = await compteursDe(db, autre.mediateurId);

    const liste = await moi.client.get("/beneficiaires?recherche=secret");
    expect(liste.body.beneficiaires.map((b: { id: string }) => b.id)).toEqual([mien.id]);
    const recherche = await moi.client.get("/beneficiaires/recherche?q=isole");
    expect(recherche.body.beneficiaires.map((b: { id: string }) => b.id)).toEqual([mien.id]);
    expect(JSON.stringify((await moi.client.get("/beneficiaires/doublons")).body.paires)).not.toContain(
      sien.id,
    );
    expect((await moi.client.get(`/beneficiaires/${mien.id}`)).body.beneficiaire.doublonPotentiel).toBe(
      false,
    );

    expect((await moi.client.get(`/beneficiaires/${sien.id}`)).status).toBe(404);
    expect((await moi.client.get(`/beneficiaires/${sien.id}/accompagnements`)).status).toBe(404);
    expect((await moi.client.put(`/beneficiaires/${sien.id}`, { prenom: "X", nom: "Y" })).status).toBe(404);
    expect((await moi.client.delete(`/beneficiaires/${sien.id}`)).status).toBe(404);
    expect((await moi.client.post("/beneficiaires/suppression", { ids: [sien.id] })).status).toBe(400);
    expect(
      (await moi.client.post("/beneficiaires/fusion", { sourceId: sien.id, destinationId: mien.id })).status,
    ).toBe(404);
    expect(
      (await moi.client.post("/beneficiaires/fusion", { sourceId: mien.id, destinationId: sien.id })).status,
    ).toBe(404);

    expect(await countRows(db, schema.beneficiaires, schema.mutations, schema.accompagnements)).toEqual(
      avant,
    );
    expect(await ligne(db, sien.id)).toMatchObject({
      prenom: "Secret",
      suppression: null,
      accompagnementsCount: 1,
    });
    expect(await compteursDe(db, autre.mediateurId)).toEqual(compteursAutre);

    // The other médiateur still sees theirs.
    const client = testClient(app, autre.cookie);
    expect((await client.get(`/beneficiaires/${sien.id}`)).status).toBe(200);
    expect((await client.get(`/beneficiaires/${mien.id}`)).status).toBe(404);
  });
});

describe("GET /beneficiaires/communes", () => {
  it("suggests communes by name or postal code, one row per postal code", async () => {
    const response = await moi.client.get("/beneficiaires/communes?q=saint-etienne");
    expect(response.status).toBe(200);
    expect(response.body.communes[0]).toEqual({
      nom: "Saint-Étienne",
      codePostal: "42000",
      codeInsee: "42218",
      departement: "42",
    });
    expect(response.body.communes.length).toBeLessThanOrEqual(10);
    const parCodePostal = await moi.client.get("/beneficiaires/communes?q=69003");
    expect(parCodePostal.body.communes.map((c: { codeInsee: string }) => c.codeInsee)).toEqual([
      "69123",
      "69383",
    ]);
    expect((await moi.client.get("/beneficiaires/communes")).body).toEqual({ communes: [] });
    expect((await moi.client.get(`/beneficiaires/communes?q=${"x".repeat(101)}`)).status).toBe(400);
  });
});
