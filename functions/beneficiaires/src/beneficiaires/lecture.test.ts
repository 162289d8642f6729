import { type Database, schema } from "@coop/db";
import type { TestDatabase } from "@coop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activite, inserer, type MediateurDeTest, preparer } from "../testing.ts";

let database: TestDatabase;
let db: Database;
let moi: MediateurDeTest;
let autre: MediateurDeTest;

beforeAll(async () => {
  ({ database, db, moi, autre } = await preparer());
});
afterAll(() => database?.close());

describe("GET /beneficiaires/:id", () => {
  it("answers every field, the thématiques of their activités and the duplicate alert", async () => {
    const beneficiaire = await inserer(db, moi.mediateurId, {
      prenom: "Hélène",
      nom: "Durand",
      telephone: "+33612345678",
      email: "helene@exemple.fr",
      anneeNaissance: 1960,
      adresse: "1 rue Haute",
      commune: "Lyon",
      communeCodePostal: "69003",
      communeCodeInsee: "69123",
      genre: "feminin",
      trancheAge: "soixante_soixante_neuf",
      statutSocial: "retraite",
      notes: "<p>Suivi</p>",
    });
    await activite(db, moi.mediateurId, [beneficiaire.id], { thematiques: ["email", "sante"] });
    await activite(db, moi.mediateurId, [beneficiaire.id], { thematiques: ["email"], date: "2026-04-01" });
    // A deleted activité does not count.
    await activite(db, moi.mediateurId, [beneficiaire.id], {
      thematiques: ["banque_et_achats_en_ligne"],
      suppression: new Date(),
    });

    const response = await moi.client.get(`/beneficiaires/${beneficiaire.id}`);
    expect(response.status).toBe(200);
    expect(response.body.beneficiaire).toEqual({
      id: beneficiaire.id,
      prenom: "Hélène",
      nom: "Durand",
      anneeNaissance: 1960,
      telephone: "+33612345678",
      pasDeTelephone: null,
      email: "helene@exemple.fr",
      adresse: "1 rue Haute",
      commune: "Lyon",
      communeCodePostal: "69003",
      communeCodeInsee: "69123",
      genre: "feminin",
      trancheAge: "soixante_soixante_neuf",
      statutSocial: "retraite",
      notes: "<p>Suivi</p>",
      import: null,
      accompagnementsCount: 2,
      creation: beneficiaire.creation.toISOString(),
      modification: expect.any(String),
      thematiques: [
        { thematique: "email", count: 2 },
        { thematique: "sante", count: 1 },
      ],
      doublonPotentiel: false,
    });

    // Same phone and a similar name: now a probable duplicate.
    await inserer(db, moi.mediateurId, { prenom: "Helene", nom: "Durant", telephone: "+33600000000" });
    const apres = await moi.client.get(`/beneficiaires/${beneficiaire.id}`);
    expect(apres.body.beneficiaire.doublonPotentiel).toBe(true);
  });

  it("answers 404 for another médiateur's, an anonymous or a deleted bénéficiaire, and 400 for a bad id", async () => {
    const chezAutre = await inserer(db, autre.mediateurId);
    const anonyme = await inserer(db, moi.mediateurId, { anonyme: true, prenom: null, nom: null });
    const supprime = await inserer(db, moi.mediateurId, { suppression: new Date() });
    for (const { id } of [chezAutre, anonyme, supprime]) {
      expect((await moi.client.get(`/beneficiaires/${id}`)).status).toBe(404);
      expect((await moi.client.get(`/beneficiaires/${id}/accompagnements`)).status).toBe(404);
    }
    expect((await moi.client.get("/beneficiaires/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")).status).toBe(404);
    expect((await moi.client.get("/beneficiaires/00000000-0000-0000-0000-00000000000g")).status).toBe(404);
    expect((await moi.client.get("/beneficiaires/00000000-0000-0000-0000-0000000000000")).status).toBe(404);
  });
});

describe("GET /beneficiaires/:id/accompagnements", () => {
  it("lists their non-deleted activités, latest first, 20 a page", async () => {
    const beneficiaire = await inserer(db, moi.mediateurId);
    const [lieu] = await db
      .insert(schema.structures)
      .values({ nom: "Médiathèque", adresse: "1 place", commune: "Lyon", codePostal: "69003" })
      .returning();
    const atelier = await activite(
      db,
      moi.mediateurId,
      [beneficiaire.id, (await inserer(db, moi.mediateurId)).id],
      {
        type: "collectif",
        date: "2026-05-02",
        titreAtelier: "Découvrir l'e-mail",
        typeLieu: "lieu_activite",
        structureId: lieu!.id,
        lieuCommune: null,
        lieuCodePostal: null,
        lieuCodeInsee: null,
      },
    );
    for (let jour = 1; jour <= 21; jour += 1) {
      await activite(db, moi.mediateurId, [beneficiaire.id], {
        date: `2026-01-${String(jour).padStart(2, "0")}`,
      });
    }
    await activite(db, moi.mediateurId, [beneficiaire.id], { date: "2026-06-01", suppression: new Date() });

    const premiere = await moi.client.get(`/beneficiaires/${beneficiaire.id}/accompagnements`);
    expect(premiere.status).toBe(200);
    expect(premiere.body.total).toBe(22);
    expect(premiere.body.accompagnements).toHaveLength(20);
    expect(premiere.body.accompagnements[0]).toEqual({
      activiteId: atelier.id,
      date: "2026-05-02",
      type: "collectif",
      duree: 60,
      thematiques: ["email"],
      titreAtelier: "Découvrir l'e-mail",
      lieu: { typeLieu: "lieu_activite", nom: "Médiathèque", commune: null, codePostal: null },
    });
    expect(premiere.body.accompagnements[1]).toMatchObject({
      date: "2026-01-21",
      lieu: { typeLieu: "domicile", nom: null, commune: "Lyon", codePostal: "69003" },
    });
    const seconde = await moi.client.get(`/beneficiaires/${beneficiaire.id}/accompagnements?page=2`);
    expect(seconde.body.accompagnements.map((a: { date: string }) => a.date)).toEqual([
      "2026-01-02",
      "2026-01-01",
    ]);
    expect((await moi.client.get(`/beneficiaires/${beneficiaire.id}/accompagnements?page=0`)).status).toBe(
      400,
    );
  });
});
