import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "../app.ts";
import {
  collectif,
  creerMediateur,
  ecartsCompteurs,
  individuel,
  type Mediateur,
  tablesMetier,
} from "../test-fixtures.ts";

let database: TestDatabase;
let db: Database;
let app: ReturnType<typeof createActivitesApp>;
let moi: Mediateur;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  app = createActivitesApp({ db, security: testSecurity });
  moi = await creerMediateur(db, app);
});
afterAll(() => database?.close());

const premier = async (beneficiaireId: string, activiteId: string) => {
  const [ligne] = await db
    .select({ premier: schema.accompagnements.premierAccompagnement })
    .from(schema.accompagnements)
    .where(
      and(
        eq(schema.accompagnements.beneficiaireId, beneficiaireId),
        eq(schema.accompagnements.activiteId, activiteId),
      ),
    );
  return ligne?.premier;
};
const beneficiaire = async (id: string) =>
  (await db.select().from(schema.beneficiaires).where(eq(schema.beneficiaires.id, id)))[0];
const anonymesDe = async (activiteId: string) =>
  (
    await db
      .select({ id: schema.beneficiaires.id })
      .from(schema.accompagnements)
      .innerJoin(schema.beneficiaires, eq(schema.beneficiaires.id, schema.accompagnements.beneficiaireId))
      .where(and(eq(schema.accompagnements.activiteId, activiteId), eq(schema.beneficiaires.anonyme, true)))
  ).map((row) => row.id);

describe(`PUT /activites/:id (${testDatabaseLabel()})`, () => {
  it("replaces the bénéficiaire, tags and fields; re-creates the anonymous one; moves « premier »; counters exact", async () => {
    const [h] = moi.beneficiaires;
    const [tagA, tagB] = await db
      .insert(schema.tags)
      .values([{ nom: "Tag A", mediateurId: moi.mediateurId }, { nom: "Tag national" }])
      .returning();
    const ancien = await moi.client.post(
      "/activites/individuel",
      individuel(moi, { date: "2025-01-10", beneficiaireId: h }),
    );
    const cra = await moi.client.post(
      "/activites/individuel",
      individuel(moi, {
        date: "2025-02-10",
        tags: [tagA!.id],
        beneficiaireAnonyme: { dejaAccompagne: true },
      }),
    );
    const id = cra.body.activite.id;
    const [anonymeAvant] = await anonymesDe(id);
    expect(await premier(h!, ancien.body.activite.id)).toBe(true);

    // The edited activité now links Hélène on an earlier date: it becomes her first accompagnement.
    const response = await moi.client.put(
      `/activites/${id}`,
      individuel(moi, {
        date: "2024-12-01",
        duree: 90,
        beneficiaireId: h,
        tags: [tagB!.id],
        typeLieu: "a_distance",
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body.activite).toMatchObject({
      id,
      date: "2024-12-01",
      duree: 90,
      typeLieu: "a_distance",
      structure: null,
      lieuCommune: { nom: "Talence" },
      beneficiaire: { id: h, prenom: "Hélène" },
      beneficiaireAnonyme: null,
      tags: [{ id: tagB!.id, nom: "Tag national" }],
    });
    expect(new Date(response.body.activite.modification).getTime()).toBeGreaterThan(
      new Date(cra.body.activite.modification).getTime(),
    );
    expect(await beneficiaire(anonymeAvant!)).toBeUndefined();
    expect(await premier(h!, id)).toBe(true);
    expect(await premier(h!, ancien.body.activite.id)).toBe(false);
    expect(await beneficiaire(h!)).toMatchObject({ accompagnementsCount: 2 });
    const [lieu] = await db.select().from(schema.structures).where(eq(schema.structures.id, moi.lieu.id));
    expect(lieu!.activitesCount).toBe(1);
    expect(await ecartsCompteurs(db)).toEqual({});
    const audit = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "modifier_activite"));
    expect(audit.at(-1)).toMatchObject({ userId: moi.userId, data: { activiteId: id, type: "individuel" } });
  });

  it("validates with the activité's own type, 400 naming fields and nothing changed", async () => {
    const cra = await moi.client.post("/activites/collectif", collectif(moi));
    const avant = await countRows(db, ...tablesMetier);
    const response = await moi.client.put(
      `/activites/${cra.body.activite.id}`,
      individuel(moi, { duree: 0 }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields)).toEqual(expect.arrayContaining(["duree"]));
    expect(await countRows(db, ...tablesMetier)).toEqual(avant);
    const relu = await moi.client.get(`/activites/${cra.body.activite.id}`);
    expect(relu.body.activite).toMatchObject({ duree: 120, participantsAnonymes: { total: 3 } });
  });

  it("re-creates a collectif's anonymous participants from the new counters", async () => {
    const cra = await moi.client.post(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 5 } }),
    );
    const id = cra.body.activite.id;
    const avant = await anonymesDe(id);
    const response = await moi.client.put(
      `/activites/${id}`,
      collectif(moi, {
        participants: [moi.beneficiaires[1]!],
        participantsAnonymes: { total: 2, genres: { masculin: 2 } },
        titreAtelier: "Atelier modifié",
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body.activite).toMatchObject({
      titreAtelier: "Atelier modifié",
      accompagnementsCount: 3,
      participants: [{ id: moi.beneficiaires[1] }],
      participantsAnonymes: { total: 2, genres: { masculin: 2, feminin: 0, nonCommunique: 0 } },
    });
    const apres = await anonymesDe(id);
    expect(apres).toHaveLength(2);
    expect(apres.some((anonyme) => avant.includes(anonyme))).toBe(false);
    for (const ancien of avant) expect(await beneficiaire(ancien)).toBeUndefined();
    expect(await ecartsCompteurs(db)).toEqual({});
  });
});

describe("DELETE /activites/:id", () => {
  it("soft-deletes; accompagnements, tag links and orphan anonymous bénéficiaires go; « premier » moves; counters exact", async () => {
    const karim = moi.beneficiaires[1]!;
    const [tag] = await db
      .insert(schema.tags)
      .values({ nom: "À supprimer", mediateurId: moi.mediateurId })
      .returning();
    const premiere = await moi.client.post(
      "/activites/collectif",
      collectif(moi, { date: "2023-05-01", participants: [karim], tags: [tag!.id] }),
    );
    const seconde = await moi.client.post(
      "/activites/individuel",
      individuel(moi, { date: "2023-06-01", beneficiaireId: karim }),
    );
    const id = premiere.body.activite.id;
    const anonymes = await anonymesDe(id);
    expect(anonymes).toHaveLength(3);
    expect(await premier(karim, seconde.body.activite.id)).toBe(false);

    const response = await moi.client.delete(`/activites/${id}`);
    expect(response.status).toBe(204);
    const [ligne] = await db.select().from(schema.activites).where(eq(schema.activites.id, id));
    expect(ligne!.suppression).toBeInstanceOf(Date);
    expect(await db.$count(schema.accompagnements, eq(schema.accompagnements.activiteId, id))).toBe(0);
    expect(await db.$count(schema.activiteTags, eq(schema.activiteTags.activiteId, id))).toBe(0);
    for (const anonyme of anonymes) expect(await beneficiaire(anonyme)).toBeUndefined();
    expect(await premier(karim, seconde.body.activite.id)).toBe(true);
    expect(await ecartsCompteurs(db)).toEqual({});
    const audit = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "supprimer_activite"));
    expect(audit.at(-1)).toMatchObject({ userId: moi.userId, data: { activiteId: id, type: "collectif" } });

    expect((await moi.client.get(`/activites/${id}`)).status).toBe(404);
    expect((await moi.client.delete(`/activites/${id}`)).status).toBe(404);
    expect((await moi.client.put(`/activites/${id}`, collectif(moi))).status).toBe(404);
  });

  it("answers 404 for an id that is not one", async () => {
    for (const chemin of ["/activites/inconnue", `/activites/${crypto.randomUUID()}`]) {
      expect((await moi.client.get(chemin)).status).toBe(404);
      expect((await moi.client.delete(chemin)).status).toBe(404);
    }
  });
});
