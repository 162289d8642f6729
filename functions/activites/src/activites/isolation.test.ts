import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "../app.ts";
import { collectif, creerMediateur, individuel, type Mediateur, tablesMetier } from "../test-fixtures.ts";

// Two médiateurs side by side: neither can list, read, edit, delete or reference what is the other's.
// What is not theirs answers 404 (activités, tags) or 400 naming the field (references), never 403.

let database: TestDatabase;
let db: Database;
let app: ReturnType<typeof createActivitesApp>;
let alice: Mediateur;
let bob: Mediateur;
let activitesDeBob: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  app = createActivitesApp({ db, security: testSecurity });
  alice = await creerMediateur(db, app);
  bob = await creerMediateur(db, app);
  const a = await bob.client.post(
    "/activites/individuel",
    individuel(bob, { beneficiaireId: bob.beneficiaires[0] }),
  );
  const b = await bob.client.post(
    "/activites/collectif",
    collectif(bob, { participants: bob.beneficiaires }),
  );
  activitesDeBob = [a.body.activite.id, b.body.activite.id];
  await alice.client.post("/activites/individuel", individuel(alice));
});
afterAll(() => database?.close());

describe(`two médiateurs (${testDatabaseLabel()})`, () => {
  it("lists only one's own activités, even when filtering on the other's bénéficiaires or lieux", async () => {
    const liste = await alice.client.get("/activites");
    expect(liste.body.total).toBe(1);
    expect(liste.body.activites.map((a: { id: string }) => a.id)).not.toContain(activitesDeBob[0]);
    const filtre = await alice.client.get(
      `/activites?beneficiaires=${bob.beneficiaires.join(",")}&lieux=${bob.lieu.id}`,
    );
    expect(filtre.body).toMatchObject({ activites: [], total: 0 });
  });

  it("cannot read, edit or delete the other's activités: 404, nothing changed", async () => {
    const avant = await countRows(db, ...tablesMetier);
    for (const id of activitesDeBob) {
      const lecture = await alice.client.get(`/activites/${id}`);
      expect(lecture.status).toBe(404);
      expect(JSON.stringify(lecture.body)).not.toMatch(/Dupont|Benali/);
      expect((await alice.client.put(`/activites/${id}`, individuel(alice))).status).toBe(404);
      expect((await alice.client.put(`/activites/${id}`, collectif(alice))).status).toBe(404);
      expect((await alice.client.delete(`/activites/${id}`)).status).toBe(404);
    }
    expect(await countRows(db, ...tablesMetier)).toEqual(avant);
    const [ligne] = await db
      .select()
      .from(schema.activites)
      .where(eq(schema.activites.id, activitesDeBob[0]!));
    expect(ligne!.suppression).toBeNull();
  });

  it("cannot reference the other's bénéficiaires, lieux or tags, neither on create nor on edit", async () => {
    const [tagDeBob] = await db
      .insert(schema.tags)
      .values({ nom: "Tag de Bob", mediateurId: bob.mediateurId })
      .returning();
    const propre = await alice.client.post("/activites/individuel", individuel(alice));
    const avant = await countRows(db, ...tablesMetier);
    const essais: [string, "post" | "put", unknown, string][] = [
      [
        "/activites/individuel",
        "post",
        individuel(alice, { beneficiaireId: bob.beneficiaires[0] }),
        "beneficiaireId",
      ],
      [
        "/activites/collectif",
        "post",
        collectif(alice, { participants: [bob.beneficiaires[1]!] }),
        "participants",
      ],
      ["/activites/individuel", "post", individuel(alice, { structureId: bob.lieu.id }), "structureId"],
      ["/activites/individuel", "post", individuel(alice, { tags: [tagDeBob!.id] }), "tags"],
      [
        `/activites/${propre.body.activite.id}`,
        "put",
        individuel(alice, { beneficiaireId: bob.beneficiaires[0] }),
        "beneficiaireId",
      ],
      [
        `/activites/${propre.body.activite.id}`,
        "put",
        individuel(alice, { structureId: bob.lieu.id }),
        "structureId",
      ],
    ];
    for (const [chemin, methode, corps, champ] of essais) {
      const response = await alice.client[methode](chemin, corps);
      expect(response.status, chemin).toBe(400);
      expect(Object.keys(response.body.error.fields)).toContain(champ);
    }
    expect(await countRows(db, ...tablesMetier)).toEqual(avant);
  });

  it("sees neither the other's tags nor can delete them; durées fréquentes are one's own", async () => {
    const tags = await alice.client.get("/activites/tags");
    expect(tags.body.tags.map((tag: { nom: string }) => tag.nom)).not.toContain("Tag de Bob");
    const [tagDeBob] = await db
      .select()
      .from(schema.tags)
      .where(eq(schema.tags.mediateurId, bob.mediateurId));
    expect((await alice.client.delete(`/activites/tags/${tagDeBob!.id}`)).status).toBe(404);
    for (let index = 0; index < 6; index++)
      await bob.client.post("/activites/individuel", individuel(bob, { duree: 35 }));
    expect((await bob.client.get("/activites/durees-frequentes")).body.durees).toEqual([35]);
    expect((await alice.client.get("/activites/durees-frequentes")).body.durees).toEqual([]);
  });
});
