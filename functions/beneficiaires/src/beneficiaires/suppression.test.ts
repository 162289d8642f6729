import { type Database, schema } from "@coop/db";
import { countRows, type TestDatabase } from "@coop/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activite,
  compteursDe,
  compteursFaux,
  inserer,
  ligne,
  type MediateurDeTest,
  preparer,
} from "../testing.ts";

let database: TestDatabase;
let db: Database;
let moi: MediateurDeTest;
let autre: MediateurDeTest;

beforeAll(async () => {
  ({ database, db, moi, autre } = await preparer());
});
afterAll(() => database?.close());

const identite = {
  prenom: "Hélène",
  nom: "Durand",
  telephone: "+33612345678",
  pasDeTelephone: false,
  email: "helene@exemple.fr",
  adresse: "1 rue Haute",
  notes: "<p>Suivi CAF</p>",
  rdvUserId: 42,
  anneeNaissance: 1960,
  commune: "Lyon",
  communeCodePostal: "69003",
  communeCodeInsee: "69123",
  genre: "feminin" as const,
  trancheAge: "soixante_soixante_neuf" as const,
  statutSocial: "retraite" as const,
};

/** What statistics read of a médiateur's accompagnements. */
const statistiques = async (mediateurId: string) => {
  const rows = await db
    .select({
      activite: schema.accompagnements.activiteId,
      premier: schema.accompagnements.premierAccompagnement,
      genre: schema.beneficiaires.genre,
      trancheAge: schema.beneficiaires.trancheAge,
      statutSocial: schema.beneficiaires.statutSocial,
      commune: schema.beneficiaires.communeCodeInsee,
    })
    .from(schema.accompagnements)
    .innerJoin(schema.beneficiaires, eq(schema.beneficiaires.id, schema.accompagnements.beneficiaireId))
    .where(eq(schema.beneficiaires.mediateurId, mediateurId));
  return rows.sort((a, b) => a.activite.localeCompare(b.activite));
};

describe("DELETE /beneficiaires/:id", () => {
  it("anonymises: identifiers erased, demographics and accompagnements kept, counters exact, audited", async () => {
    const beneficiaire = await inserer(db, moi.mediateurId, identite);
    await activite(db, moi.mediateurId, [beneficiaire.id], { date: "2026-01-05" });
    await activite(db, moi.mediateurId, [beneficiaire.id], { date: "2026-02-05" });
    const avantStats = await statistiques(moi.mediateurId);
    const avant = await compteursDe(db, moi.mediateurId);

    const response = await moi.client.delete(`/beneficiaires/${beneficiaire.id}`);
    expect(response.status).toBe(204);

    expect(await ligne(db, beneficiaire.id)).toMatchObject({
      anonyme: true,
      suppression: expect.any(Date),
      prenom: null,
      nom: null,
      telephone: null,
      pasDeTelephone: null,
      email: null,
      adresse: null,
      notes: null,
      rdvUserId: null,
      genre: "feminin",
      trancheAge: "soixante_soixante_neuf",
      statutSocial: "retraite",
      commune: "Lyon",
      communeCodePostal: "69003",
      communeCodeInsee: "69123",
      accompagnementsCount: 2,
    });
    expect(await statistiques(moi.mediateurId)).toEqual(avantStats);
    expect(await compteursDe(db, moi.mediateurId)).toMatchObject({
      beneficiaires: avant.beneficiaires - 1,
      accompagnements: avant.accompagnements,
      activites: avant.activites,
    });
    expect(await compteursFaux(db)).toEqual([]);
    const [audit] = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "supprimer_beneficiaire"));
    expect(audit).toMatchObject({
      userId: moi.userId,
      data: { mediateurId: moi.mediateurId, beneficiaireIds: [beneficiaire.id] },
    });

    // Gone from the médiateur's space.
    expect((await moi.client.get(`/beneficiaires/${beneficiaire.id}`)).status).toBe(404);
    expect((await moi.client.delete(`/beneficiaires/${beneficiaire.id}`)).status).toBe(404);
  });

  it("answers 404 for another médiateur's or an anonymous bénéficiaire, and writes nothing", async () => {
    const chezAutre = await inserer(db, autre.mediateurId, identite);
    const anonyme = await inserer(db, moi.mediateurId, { anonyme: true, prenom: null, nom: null });
    const avant = await countRows(db, schema.mutations);
    for (const { id } of [chezAutre, anonyme]) {
      const response = await moi.client.delete(`/beneficiaires/${id}`);
      expect(response.status).toBe(404);
    }
    expect(await ligne(db, chezAutre.id)).toMatchObject({ prenom: "Hélène", suppression: null });
    expect(await countRows(db, schema.mutations)).toEqual(avant);
  });
});

describe("POST /beneficiaires/suppression", () => {
  it("deletes several at once, skipping those that are not the médiateur's own", async () => {
    const [a, b, c] = [
      await inserer(db, moi.mediateurId, identite),
      await inserer(db, moi.mediateurId, identite),
      await inserer(db, moi.mediateurId, identite),
    ];
    const chezAutre = await inserer(db, autre.mediateurId, identite);
    const avant = await compteursDe(db, moi.mediateurId);
    const avantAutre = await compteursDe(db, autre.mediateurId);

    const response = await moi.client.post("/beneficiaires/suppression", {
      ids: [a!.id, b!.id, chezAutre.id],
    });
    expect(response.status).toBe(200);
    expect([...response.body.supprimes].sort()).toEqual([a!.id, b!.id].sort());
    expect((await ligne(db, a!.id)).anonyme).toBe(true);
    expect((await ligne(db, c!.id)).anonyme).toBe(false);
    expect((await ligne(db, chezAutre.id)).anonyme).toBe(false);
    expect((await compteursDe(db, moi.mediateurId)).beneficiaires).toBe(avant.beneficiaires - 2);
    expect(await compteursDe(db, autre.mediateurId)).toEqual(avantAutre);
    expect(await compteursFaux(db)).toEqual([]);
  });

  it("answers 400 when none of the ids can be deleted, and writes nothing", async () => {
    const chezAutre = await inserer(db, autre.mediateurId, identite);
    const avant = await countRows(db, schema.mutations);
    const response = await moi.client.post("/beneficiaires/suppression", { ids: [chezAutre.id] });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: "bad_request",
      message: "Aucun des bénéficiaires choisis ne peut être supprimé.",
      fields: { ids: expect.any(String) },
    });
    expect(await countRows(db, schema.mutations)).toEqual(avant);
  });

  it("answers 400 naming `ids` for an empty or malformed list", async () => {
    for (const body of [{}, { ids: [] }, { ids: ["pas-un-id"] }]) {
      const response = await moi.client.post("/beneficiaires/suppression", body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.error.fields)[0]).toMatch(/^ids/);
    }
  });
});
