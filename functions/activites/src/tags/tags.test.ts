import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "../app.ts";
import { creerMediateur, individuel, type Mediateur } from "../test-fixtures.ts";

let database: TestDatabase;
let db: Database;
let app: ReturnType<typeof createActivitesApp>;
let moi: Mediateur;
let autre: Mediateur;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  app = createActivitesApp({ db, security: testSecurity });
  moi = await creerMediateur(db, app);
  autre = await creerMediateur(db, app);
});
afterAll(() => database?.close());

describe(`tags of the CRA (${testDatabaseLabel()})`, () => {
  it("lists personal, national, départemental (employer's département) and team tags, not others'", async () => {
    const [coordinateur] = await db.insert(schema.coordinateurs).values({ userId: autre.userId }).returning();
    await db
      .insert(schema.mediateursCoordonnes)
      .values({ mediateurId: moi.mediateurId, coordinateurId: coordinateur!.id });
    await db
      .insert(schema.tags)
      .values([
        { nom: "Perso", mediateurId: moi.mediateurId },
        { nom: "National" },
        { nom: "Gironde", departement: "33", coordinateurId: coordinateur!.id },
        { nom: "Rhône", departement: "69" },
        { nom: "Équipe", equipe: true, coordinateurId: coordinateur!.id },
        { nom: "Perso du coordinateur", coordinateurId: coordinateur!.id },
        { nom: "Perso de l'autre", mediateurId: autre.mediateurId },
        { nom: "Supprimé", mediateurId: moi.mediateurId, suppression: new Date() },
      ]);
    const response = await moi.client.get("/activites/tags");
    expect(response.status).toBe(200);
    expect(response.body.tags.map((tag: { nom: string; portee: string }) => [tag.nom, tag.portee])).toEqual([
      ["Équipe", "equipe"],
      ["Gironde", "departemental"],
      ["National", "national"],
      ["Perso", "personnel"],
    ]);
    expect(response.body.tags.find((tag: { nom: string }) => tag.nom === "Perso")).toMatchObject({
      description: null,
      modifiable: true,
    });
  });

  it("creates a personal tag (3–80 characters, description ≤ 280), refusing a duplicate name", async () => {
    const response = await moi.client.post("/activites/tags", {
      nom: "  Aidants Connect  ",
      description: "Démarches",
    });
    expect(response.status).toBe(201);
    expect(response.body.tag).toMatchObject({
      nom: "Aidants Connect",
      description: "Démarches",
      portee: "personnel",
    });
    const avant = await countRows(db, schema.tags);
    for (const [corps, champ] of [
      [{ nom: "ab" }, "nom"],
      [{ nom: "x".repeat(81) }, "nom"],
      [{ nom: "Valide", description: "x".repeat(281) }, "description"],
      [{}, "nom"],
      [{ nom: "aidants connect" }, "nom"],
    ] as const) {
      const refus = await moi.client.post("/activites/tags", corps);
      expect(refus.status).toBe(400);
      expect(Object.keys(refus.body.error.fields)).toContain(champ);
    }
    expect(await countRows(db, schema.tags)).toEqual(avant);
  });

  it("deletes one's own tag and its links to activités; 404 for a national or another's tag", async () => {
    const tag = (await moi.client.post("/activites/tags", { nom: "Éphémère" })).body.tag;
    const cra = await moi.client.post("/activites/individuel", individuel(moi, { tags: [tag.id] }));
    expect(cra.body.activite.tags).toEqual([{ id: tag.id, nom: "Éphémère" }]);
    expect((await moi.client.delete(`/activites/tags/${tag.id}`)).status).toBe(204);
    expect((await moi.client.get(`/activites/${cra.body.activite.id}`)).body.activite.tags).toEqual([]);
    const [ligne] = await db.select().from(schema.tags).where(eq(schema.tags.id, tag.id));
    expect(ligne!.suppression).toBeInstanceOf(Date);
    expect((await moi.client.delete(`/activites/tags/${tag.id}`)).status).toBe(404);
    const [national] = await db.select().from(schema.tags).where(eq(schema.tags.nom, "National"));
    expect((await moi.client.delete(`/activites/tags/${national!.id}`)).status).toBe(404);
    expect((await moi.client.delete("/activites/tags/pas-un-id")).status).toBe(404);
  });
});
