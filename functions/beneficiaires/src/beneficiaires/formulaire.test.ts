import { type Database, schema } from "@coop/db";
import { countRows, type TestDatabase } from "@coop/db/testing";
import { anneeCourante, type BeneficiaireFormulaire } from "@coop/domain";
import { testSecurity } from "@coop/http/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createBeneficiairesApp } from "../app.ts";
import { compteursDe, compteursFaux, inserer, ligne, type MediateurDeTest, preparer } from "../testing.ts";

let database: TestDatabase;
let db: Database;
let app: ReturnType<typeof createBeneficiairesApp>;
let moi: MediateurDeTest;
let autre: MediateurDeTest;

beforeAll(async () => {
  ({ database, db, app, moi, autre } = await preparer());
});
afterAll(() => database?.close());

const compter = () => countRows(db, schema.beneficiaires, schema.mutations);

const complet: BeneficiaireFormulaire = {
  prenom: " Hélène ",
  nom: " Durand-Lefèvre ",
  anneeNaissance: 1957,
  telephone: "06 12 34 56 78",
  email: "Helene.Durand@Exemple.FR",
  commune: { nom: "Saint-Etienne", codePostal: "42000", codeInsee: "42218" },
  adresse: "7 rue des Armuriers",
  genre: "feminin",
  trancheAge: "moins_de_douze",
  statutSocial: "retraite",
  notes: '<p>Démarches <b>CAF</b><img src=x onerror="alert(1)"></p>',
};

describe("POST /beneficiaires", () => {
  it("creates the bénéficiaire of the form, counted and audited", async () => {
    const avant = await compteursDe(db, moi.mediateurId);
    const response = await moi.client.post("/beneficiaires", complet);
    expect(response.status).toBe(201);
    const beneficiaire = response.body.beneficiaire;
    expect(beneficiaire).toMatchObject({
      prenom: "Hélène",
      nom: "Durand-Lefèvre",
      anneeNaissance: 1957,
      telephone: "+33612345678",
      pasDeTelephone: false,
      email: "helene.durand@exemple.fr",
      commune: "Saint-Étienne",
      communeCodePostal: "42000",
      communeCodeInsee: "42218",
      adresse: "7 rue des Armuriers",
      genre: "feminin",
      statutSocial: "retraite",
      notes: "<p>Démarches <strong>CAF</strong></p>",
      accompagnementsCount: 0,
      thematiques: [],
      doublonPotentiel: false,
      import: null,
    });
    // The year decides the tranche, not the radio.
    expect(beneficiaire.trancheAge).toBe(
      anneeCourante() - 1957 >= 70 ? "soixante_dix_plus" : "soixante_soixante_neuf",
    );

    const row = await ligne(db, beneficiaire.id);
    expect(row).toMatchObject({ mediateurId: moi.mediateurId, anonyme: false, suppression: null });
    const apres = await compteursDe(db, moi.mediateurId);
    expect(apres.beneficiaires).toBe(avant.beneficiaires + 1);
    expect(apres.derniereCreation).toBeInstanceOf(Date);
    const [audit] = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "creer_beneficiaire"))
      .orderBy(schema.mutations.timestamp);
    expect(audit).toMatchObject({
      userId: moi.userId,
      data: { mediateurId: moi.mediateurId, beneficiaireId: beneficiaire.id },
    });
    expect(JSON.stringify(audit!.data)).not.toContain("Hélène");
    expect(await compteursFaux(db)).toEqual([]);
  });

  it("accepts every French way of writing a phone number, overseas ones included", async () => {
    const attendus: Record<string, string> = {
      "+33 6 12 34 56 78": "+33612345678",
      "0033 6 12 34 56 78": "+33612345678",
      "(+33) 6 12 34 56 78": "+33612345678",
      "+33 (0)6 12 34 56 78": "+33612345678",
      "0262 12 34 56": "+262262123456",
      "0692 12 34 56": "+262692123456",
      "0590 12 34 56": "+590590123456",
      "0594 12 34 56": "+594594123456",
      "0596 12 34 56": "+596596123456",
      "+352 621 123 456": "+352621123456",
    };
    for (const [saisi, stocke] of Object.entries(attendus)) {
      const response = await moi.client.post("/beneficiaires", {
        prenom: "Tel",
        nom: "Test",
        telephone: saisi,
      });
      expect(response.status, saisi).toBe(201);
      expect(response.body.beneficiaire.telephone, saisi).toBe(stocke);
    }
  });

  it("says « non communiqué » for missing demographics, and derives the tranche from the year", async () => {
    const minimal = await moi.client.post("/beneficiaires", { prenom: "Léa", nom: "Petit" });
    expect(minimal.body.beneficiaire).toMatchObject({
      genre: "non_communique",
      trancheAge: "non_communique",
      statutSocial: "non_communique",
      telephone: null,
      email: null,
      commune: null,
      notes: null,
    });
    const enfant = await moi.client.post("/beneficiaires", {
      prenom: "Léo",
      nom: "Petit",
      anneeNaissance: String(anneeCourante() - 11),
      trancheAge: "soixante_dix_plus",
    });
    expect(enfant.body.beneficiaire.trancheAge).toBe("moins_de_douze");
    const sansAnnee = await moi.client.post("/beneficiaires", {
      prenom: "Lou",
      nom: "Petit",
      trancheAge: "quarante_cinquante_neuf",
    });
    expect(sansAnnee.body.beneficiaire.trancheAge).toBe("quarante_cinquante_neuf");
  });

  it("answers 400 naming each field, and writes nothing", async () => {
    const avant = await compter();
    const response = await moi.client.post("/beneficiaires", {
      prenom: "",
      nom: "x".repeat(101),
      anneeNaissance: 1899,
      telephone: "12 34",
      email: "pas-un-email",
      genre: "autre",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_error");
    expect(Object.keys(response.body.error.fields).sort()).toEqual([
      "anneeNaissance",
      "email",
      "genre",
      "nom",
      "prenom",
      "telephone",
    ]);
    expect(await compter()).toEqual(avant);
  });

  it("refuses a commune unknown to the référentiel or with another commune's postal code", async () => {
    const avant = await compter();
    const inconnue = await moi.client.post("/beneficiaires", {
      ...complet,
      commune: { nom: "Nulle-Part", codePostal: "99999", codeInsee: "99999" },
    });
    expect(inconnue.status).toBe(400);
    expect(Object.keys(inconnue.body.error.fields)).toEqual(["commune.codeInsee"]);
    const mauvaisCodePostal = await moi.client.post("/beneficiaires", {
      ...complet,
      commune: { nom: "Saint-Étienne", codePostal: "69003", codeInsee: "42218" },
    });
    expect(mauvaisCodePostal.status).toBe(400);
    expect(mauvaisCodePostal.body.error.fields).toEqual({
      "commune.codePostal": "Le code postal 69003 n'est pas celui de Saint-Étienne.",
    });
    expect(await compter()).toEqual(avant);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await app.request("/beneficiaires", {
      method: "POST",
      headers: { cookie: moi.cookie, origin: testSecurity.publicUrl, "content-type": "text/plain" },
      body: "prenom=Jean",
    });
    expect(response.status).toBe(415);
  });
});

describe("PUT /beneficiaires/:id", () => {
  it("replaces the fields, audited, counters untouched", async () => {
    const beneficiaire = await inserer(db, moi.mediateurId, { telephone: "+33611111111", email: "a@b.fr" });
    const avant = await compteursDe(db, moi.mediateurId);
    const response = await moi.client.put(`/beneficiaires/${beneficiaire.id}`, {
      prenom: "Camille",
      nom: "Martin-Roux",
      pasDeTelephone: true,
      telephone: "0611111111",
      email: "",
      anneeNaissance: 2000,
    });
    expect(response.status).toBe(200);
    expect(response.body.beneficiaire).toMatchObject({
      id: beneficiaire.id,
      nom: "Martin-Roux",
      telephone: null,
      pasDeTelephone: true,
      email: null,
      anneeNaissance: 2000,
    });
    const row = await ligne(db, beneficiaire.id);
    expect(row.modification.getTime()).toBeGreaterThan(beneficiaire.modification.getTime());
    expect(await compteursDe(db, moi.mediateurId)).toEqual(avant);
    const audits = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "modifier_beneficiaire"));
    expect(audits.map((audit) => audit.data)).toContainEqual({
      mediateurId: moi.mediateurId,
      beneficiaireId: beneficiaire.id,
    });
  });

  it("answers 404 for another médiateur's, an anonymous or a deleted bénéficiaire, and changes nothing", async () => {
    const chezAutre = await inserer(db, autre.mediateurId, { prenom: "Autre" });
    const anonyme = await inserer(db, moi.mediateurId, { anonyme: true, prenom: null, nom: null });
    const supprime = await inserer(db, moi.mediateurId, { suppression: new Date() });
    const avant = await compter();
    for (const { id } of [chezAutre, anonyme, supprime]) {
      const response = await moi.client.put(`/beneficiaires/${id}`, { prenom: "Pirate", nom: "Pirate" });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("not_found");
    }
    expect((await ligne(db, chezAutre.id)).prenom).toBe("Autre");
    expect(await compter()).toEqual(avant);
  });

  it("validates like the creation (400 with fields)", async () => {
    const beneficiaire = await inserer(db, moi.mediateurId);
    const response = await moi.client.put(`/beneficiaires/${beneficiaire.id}`, { prenom: "A", nom: "" });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ nom: "Indiquez le nom." });
  });
});
