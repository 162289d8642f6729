import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { dateMaximaleActivite } from "@coop/domain";
import { testClient, testSecurity, testSession } from "@coop/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "../app.ts";
import {
  collectif,
  creerMediateur,
  creerStructure,
  individuel,
  type Mediateur,
  tablesMetier,
} from "../test-fixtures.ts";

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

const dansJours = (jours: number) => {
  const date = new Date(`${dateMaximaleActivite()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + jours - 1);
  return date.toISOString().slice(0, 10);
};

/** Sends the body, expects 400 naming `champ` (with `message` when given), and nothing written. */
const refuse = async (chemin: string, corps: unknown, champ: string, message?: RegExp) => {
  const avant = await countRows(db, ...tablesMetier);
  const response = await moi.client.post(chemin, corps);
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.body.error.code).toBe("validation_error");
  expect(Object.keys(response.body.error.fields)).toContain(champ);
  if (message) expect(response.body.error.fields[champ]).toMatch(message);
  expect(await countRows(db, ...tablesMetier)).toEqual(avant);
  return response.body.error.fields as Record<string, string>;
};

describe(`CRA validation: 400 naming the field, nothing written (${testDatabaseLabel()})`, () => {
  it("requires date, durée, lieu type and thématiques", async () => {
    const fields = await refuse("/activites/individuel", {}, "date");
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["date", "duree", "typeLieu"]));
    await refuse(
      "/activites/individuel",
      individuel(moi, { thematiques: [] }),
      "thematiques",
      /au moins une/,
    );
    await refuse("/activites/individuel", individuel(moi, { thematiques: undefined }), "thematiques");
  });

  it("refuses a wrong enum value", async () => {
    await refuse("/activites/individuel", individuel(moi, { typeLieu: "jardin" as never }), "typeLieu");
    await refuse(
      "/activites/individuel",
      individuel(moi, { thematiques: ["email", "cuisine" as never] }),
      "thematiques.1",
    );
    await refuse("/activites/individuel", individuel(moi, { materiel: ["console" as never] }), "materiel.0");
    await refuse("/activites/individuel", individuel(moi, { autonomie: "total" as never }), "autonomie");
    await refuse("/activites/collectif", collectif(moi, { niveau: "expert" as never }), "niveau");
    await refuse(
      "/activites/individuel",
      individuel(moi, { beneficiaireAnonyme: { dejaAccompagne: false, genre: "autre" as never } }),
      "beneficiaireAnonyme.genre",
    );
  });

  it("refuses a durée of 0 or less, not whole, or over 24 h", async () => {
    await refuse("/activites/individuel", individuel(moi, { duree: 0 }), "duree", /supérieure à 0/);
    await refuse("/activites/individuel", individuel(moi, { duree: -15 }), "duree");
    await refuse("/activites/individuel", individuel(moi, { duree: 12.5 }), "duree");
    await refuse("/activites/individuel", individuel(moi, { duree: 24 * 60 + 1 }), "duree", /24 heures/);
    await refuse("/activites/individuel", individuel(moi, { duree: "45" as never }), "duree");
  });

  it("refuses a future date (after tomorrow in Paris), a malformed or impossible one; accepts tomorrow", async () => {
    await refuse("/activites/individuel", individuel(moi, { date: dansJours(2) }), "date", /futur/);
    await refuse("/activites/individuel", individuel(moi, { date: "10/03/2025" }), "date", /AAAA-MM-JJ/);
    await refuse("/activites/individuel", individuel(moi, { date: "2025-02-30" }), "date", /n'existe pas/);
    const demain = await moi.client.post("/activites/individuel", individuel(moi, { date: dansJours(1) }));
    expect(demain.status).toBe(201);
  });

  it("ties the lieu to its type: a lieu d'activité among the médiateur's own, a commune at home or elsewhere", async () => {
    await refuse("/activites/individuel", individuel(moi, { structureId: undefined }), "structureId");
    await refuse(
      "/activites/individuel",
      individuel(moi, { structureId: autre.lieu.id }),
      "structureId",
      /vos lieux/,
    );
    const ailleurs = await creerStructure(db);
    await refuse("/activites/individuel", individuel(moi, { structureId: ailleurs.id }), "structureId");
    for (const typeLieu of ["domicile", "autre"] as const) {
      await refuse(
        "/activites/individuel",
        individuel(moi, { typeLieu, structureId: undefined }),
        "lieuCommune",
      );
    }
    await refuse(
      "/activites/individuel",
      individuel(moi, {
        typeLieu: "domicile",
        lieuCommune: { nom: "Pessac", codePostal: "336", codeInsee: "33318" },
      }),
      "lieuCommune.codePostal",
    );
  });

  it("refuses administrative thématiques without « Aide aux démarches administratives »", async () => {
    await refuse(
      "/activites/individuel",
      individuel(moi, { thematiques: ["email", "logement"] }),
      "thematiques",
      /démarches/,
    );
  });

  it("refuses another médiateur's bénéficiaire, an anonymous or deleted one, and an unknown id", async () => {
    const [anonyme, supprime] = await db
      .insert(schema.beneficiaires)
      .values([
        { mediateurId: moi.mediateurId, anonyme: true },
        { mediateurId: moi.mediateurId, prenom: "Ex", nom: "Bénéficiaire", suppression: new Date() },
      ])
      .returning();
    for (const id of [autre.beneficiaires[0]!, anonyme!.id, supprime!.id, crypto.randomUUID()]) {
      await refuse(
        "/activites/individuel",
        individuel(moi, { beneficiaireId: id }),
        "beneficiaireId",
        /introuvable/,
      );
    }
    await refuse(
      "/activites/collectif",
      collectif(moi, { participants: [moi.beneficiaires[0]!, autre.beneficiaires[1]!] }),
      "participants",
    );
    await refuse(
      "/activites/individuel",
      individuel(moi, { beneficiaireId: "pas-un-uuid" }),
      "beneficiaireId",
    );
  });

  it("refuses a tag the médiateur cannot see", async () => {
    const [tag] = await db
      .insert(schema.tags)
      .values({ nom: "Tag de l'autre", mediateurId: autre.mediateurId })
      .returning();
    await refuse("/activites/individuel", individuel(moi, { tags: [tag!.id] }), "tags");
  });

  it("refuses notes longer than 10 000 characters once sanitised, but not markup that sanitising removes", async () => {
    await refuse(
      "/activites/individuel",
      individuel(moi, { notes: `<p>${"a".repeat(10_001)}</p>` }),
      "notes",
      /10/,
    );
    await refuse("/activites/individuel", individuel(moi, { notes: "a".repeat(50_001) }), "notes");
    const propre = await moi.client.post(
      "/activites/individuel",
      individuel(moi, { notes: `<p>${"a".repeat(9000)}</p><script>${"x".repeat(20_000)}</script>` }),
    );
    expect(propre.status).toBe(201);
    expect(propre.body.activite.notes).toBe(`<p>${"a".repeat(9000)}</p>`);
  });

  it("collectif: at least one participant, each group's sum within the total, at most 10 000", async () => {
    await refuse(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 0 } }),
      "participants",
    );
    await refuse(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 2, genres: { feminin: 2, masculin: 1 } } }),
      "participantsAnonymes.genres",
    );
    await refuse(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 2, tranches: { moinsDeDouze: 3 } } }),
      "participantsAnonymes.tranches",
    );
    await refuse(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 2, statuts: { retraite: 1, enEmploi: 2 } } }),
      "participantsAnonymes.statuts",
    );
    await refuse(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 2, dejaAccompagne: 3 } }),
      "participantsAnonymes.dejaAccompagne",
    );
    await refuse(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 10_001 } }),
      "participantsAnonymes.total",
    );
    await refuse(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: -1 } }),
      "participantsAnonymes.total",
    );
  });

  it("answers 415 without JSON, 401 without a session, 403 before the inscription is validated", async () => {
    const texte = await app.request("/activites/individuel", {
      method: "POST",
      headers: { cookie: moi.cookie, origin: testSecurity.publicUrl, "content-type": "text/plain" },
      body: "{}",
    });
    expect(texte.status).toBe(415);
    expect((await testClient(app).get("/activites")).status).toBe(401);
    const nonInscrit = await testSession(db, { email: "pas-encore@coop-test.fr" }, { mediateur: true });
    const response = await testClient(app, nonInscrit.cookie).post("/activites/individuel", individuel(moi));
    expect(response.status).toBe(403);
    const simpleUtilisateur = await testSession(db, {
      email: "user@coop-test.fr",
      inscriptionValidee: new Date(),
    });
    expect((await testClient(app, simpleUtilisateur.cookie).get("/activites")).status).toBe(403);
  });
});
