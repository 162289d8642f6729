import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { aujourdhui } from "@coop/domain";
import { createRechercheEntreprisesClient } from "@coop/external";
import { testClient as client, testUser as creerUtilisateur, testSecurity } from "@coop/http/testing";
import { type RechercheEntreprisesStandin, startRechercheEntreprisesStandin } from "@coop/standins";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createStructuresApp } from "../app.ts";

/** Rows a refused request must leave untouched. */
const compter = (db: Database) =>
  countRows(db, schema.structures, schema.mutations, schema.employesStructures, schema.mediateursEnActivite);

let database: TestDatabase;
let db: Database;
let standin: RechercheEntreprisesStandin;
let app: ReturnType<typeof createStructuresApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  standin = await startRechercheEntreprisesStandin({ port: 0 });
  app = createStructuresApp({
    db,
    security: testSecurity,
    rechercheEntreprises: createRechercheEntreprisesClient({ baseUrl: standin.url, timeoutMs: 1000 }),
  });
});
afterAll(async () => {
  await standin?.close();
  await database?.close();
});
beforeEach(() => standin.setUnavailable(false));

const emploisDe = (userId: string) =>
  db
    .select()
    .from(schema.employesStructures)
    .where(eq(schema.employesStructures.userId, userId))
    .orderBy(schema.employesStructures.creation);

const utilisateur = async (userId: string) =>
  (await db.select().from(schema.users).where(eq(schema.users.id, userId)))[0]!;

const inserer = async (valeurs: Partial<typeof schema.structures.$inferInsert> = {}) => {
  const [structure] = await db
    .insert(schema.structures)
    .values({ nom: "Structure", adresse: "1 rue", commune: "Bordeaux", codePostal: "33000", ...valeurs })
    .returning();
  return structure!;
};

describe("PUT /structures/inscription/structure-employeuse", () => {
  it("creates the employer from the Recherche d'entreprises and employs the user from today", async () => {
    const moi = await creerUtilisateur(db);
    const avant = await client(app, moi.cookie).get("/structures/inscription/structure-employeuse");
    expect(avant.body).toEqual({ structureEmployeuse: null });

    const response = await client(app, moi.cookie).put("/structures/inscription/structure-employeuse", {
      siret: "804 621 399 00026",
    });
    expect(response.status).toBe(200);
    expect(response.body.structureEmployeuse).toMatchObject({
      nom: "ASSOCIATION LIENS NUMERIQUES",
      nomUsage: "ANTENNE DES COTEAUX",
      adresse: "3 RUE DES TILLEULS",
      commune: "CENON",
      codePostal: "33150",
      codeInsee: "33119",
      siret: "80462139900026",
      debutEmploi: aujourdhui(),
    });
    const [structure] = await db
      .select()
      .from(schema.structures)
      .where(eq(schema.structures.siret, "80462139900026"));
    expect(structure).toMatchObject({ latitude: 44.8575, longitude: -0.5314, creationParId: moi.id });
    expect(structure!.synchronisationSiret).toBeInstanceOf(Date);
    expect((await utilisateur(moi.id)).structureEmployeuseRenseignee).toBeInstanceOf(Date);
    const audit = await db.select().from(schema.mutations).where(eq(schema.mutations.userId, moi.id));
    expect(audit.map((mutation) => mutation.nom)).toEqual(["creer_structure", "creer_employe_structure"]);

    const apres = await client(app, moi.cookie).get("/structures/inscription/structure-employeuse");
    expect(apres.body.structureEmployeuse).toMatchObject({ id: structure!.id, debutEmploi: aujourdhui() });
  });

  it("replaces the active employment, and keeps it when the SIRET is the same", async () => {
    const moi = await creerUtilisateur(db);
    const api = client(app, moi.cookie);
    await api.put("/structures/inscription/structure-employeuse", { siret: "79834512000017" });
    await api.put("/structures/inscription/structure-employeuse", { siret: "84213579000017" });
    await api.put("/structures/inscription/structure-employeuse", { siret: "84213579000017" });
    const emplois = await emploisDe(moi.id);
    expect(emplois).toHaveLength(2);
    expect(emplois[0]).toMatchObject({ finEmploi: aujourdhui(), modificationParId: moi.id });
    expect(emplois[1]).toMatchObject({ finEmploi: null, debutEmploi: aujourdhui() });
    const employeur = await api.get("/structures/inscription/structure-employeuse");
    expect(employeur.body.structureEmployeuse.siret).toBe("84213579000017");
  });

  it("links the structure La Coop already has, without asking the service", async () => {
    const connue = await inserer({ nom: "Espace numérique des quais", siret: "90127364900011" });
    standin.setUnavailable(true);
    const moi = await creerUtilisateur(db);
    const response = await client(app, moi.cookie).put("/structures/inscription/structure-employeuse", {
      siret: "90127364900011",
    });
    expect(response.status).toBe(200);
    expect(response.body.structureEmployeuse).toMatchObject({
      id: connue.id,
      nom: "Espace numérique des quais",
    });
  });

  it("accepts La Poste, whose SIRETs fail the Luhn check", async () => {
    const moi = await creerUtilisateur(db);
    const response = await client(app, moi.cookie).put("/structures/inscription/structure-employeuse", {
      siret: "35600000083410",
    });
    expect(response.status).toBe(200);
    expect(response.body.structureEmployeuse).toMatchObject({ siret: "35600000083410", commune: "LORMONT" });
  });

  it("refuses a closed, unknown or invalid SIRET with a field error, writing nothing", async () => {
    const moi = await creerUtilisateur(db);
    const api = client(app, moi.cookie);
    const avant = await compter(db);
    const fermee = await api.put("/structures/inscription/structure-employeuse", { siret: "77412589200018" });
    expect(fermee.status).toBe(400);
    expect(fermee.body.error.fields).toEqual({
      siret: "Cet établissement est fermé : indiquez le SIRET d'un établissement en activité.",
    });
    const inconnue = await api.put("/structures/inscription/structure-employeuse", {
      siret: "80462139900042",
    });
    expect(inconnue.body.error.fields).toEqual({ siret: "Aucun établissement ne correspond à ce SIRET." });
    const luhn = await api.put("/structures/inscription/structure-employeuse", { siret: "80462139900019" });
    expect(luhn.body.error.fields.siret).toMatch(/n'est pas valide/);
    const longueur = await api.put("/structures/inscription/structure-employeuse", { siret: "8046213990" });
    expect(longueur.body.error.fields).toEqual({ siret: "Le SIRET doit comporter 14 chiffres." });
    expect(await compter(db)).toEqual(avant);
    expect((await utilisateur(moi.id)).structureEmployeuseRenseignee).toBeNull();
  });

  it("answers 503 with the French message when the service is down and the SIRET unknown here", async () => {
    const moi = await creerUtilisateur(db);
    standin.setUnavailable(true);
    const response = await client(app, moi.cookie).put("/structures/inscription/structure-employeuse", {
      siret: "88365201800010",
    });
    expect(response.status).toBe(503);
    expect(response.body.error).toEqual({
      code: "service_unavailable",
      message: "Le service Recherche d'entreprises est momentanément indisponible. Réessayez plus tard.",
    });
    expect(await emploisDe(moi.id)).toEqual([]);
  });

  it("answers 401 without a session", async () => {
    const api = client(app);
    expect((await api.get("/structures/inscription/structure-employeuse")).status).toBe(401);
    expect(
      (await api.put("/structures/inscription/structure-employeuse", { siret: "88365201800010" })).status,
    ).toBe(401);
  });
});

describe("PUT /structures/inscription/lieux-activite", () => {
  it("makes the active lieux exactly the chosen set", async () => {
    const [a, b, c] = [
      await inserer({ nom: "A lieu" }),
      await inserer({ nom: "B lieu" }),
      await inserer({ nom: "C lieu" }),
    ];
    const moi = await creerUtilisateur(db, { mediateur: true });
    const api = client(app, moi.cookie);

    const premier = await api.put("/structures/inscription/lieux-activite", { structureIds: [a!.id, b!.id] });
    expect(premier.status).toBe(200);
    expect(premier.body.lieux.map((lieu: { nom: string }) => lieu.nom)).toEqual(["A lieu", "B lieu"]);
    expect((await utilisateur(moi.id)).lieuxActiviteRenseignes).toBeInstanceOf(Date);

    const second = await api.put("/structures/inscription/lieux-activite", {
      structureIds: [c!.id, b!.id, c!.id],
    });
    expect(second.body.lieux.map((lieu: { nom: string }) => lieu.nom)).toEqual(["B lieu", "C lieu"]);
    const liens = await db
      .select()
      .from(schema.mediateursEnActivite)
      .where(eq(schema.mediateursEnActivite.mediateurId, moi.mediateurId!));
    expect(liens).toHaveLength(3);
    expect(liens.find((lien) => lien.structureId === a!.id)).toMatchObject({ finActivite: aujourdhui() });
    expect(liens.find((lien) => lien.structureId === c!.id)).toMatchObject({
      debutActivite: aujourdhui(),
      finActivite: null,
      creationParId: moi.id,
    });
    const audit = await db.select().from(schema.mutations).where(eq(schema.mutations.userId, moi.id));
    expect(audit.map((mutation) => mutation.nom)).toEqual([
      "creer_mediateur_en_activite",
      "supprimer_mediateur_en_activite",
      "creer_mediateur_en_activite",
    ]);

    const lieux = await api.get("/structures/inscription/lieux-activite");
    expect(lieux.body.lieux.map((lieu: { id: string }) => lieu.id)).toEqual([b!.id, c!.id]);
  });

  it("refuses unknown or deleted structures and an empty set, writing nothing", async () => {
    const existante = await inserer();
    const supprimee = await inserer({ suppression: new Date() });
    const moi = await creerUtilisateur(db, { mediateur: true });
    const avant = await compter(db);
    const response = await client(app, moi.cookie).put("/structures/inscription/lieux-activite", {
      structureIds: [existante.id, supprimee.id, crypto.randomUUID()],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({
      "structureIds.1": "Ce lieu est introuvable.",
      "structureIds.2": "Ce lieu est introuvable.",
    });
    const vide = await client(app, moi.cookie).put("/structures/inscription/lieux-activite", {
      structureIds: [],
    });
    expect(vide.body.error.fields).toEqual({ structureIds: "Choisissez au moins un lieu d'activité." });
    const pasUuid = await client(app, moi.cookie).put("/structures/inscription/lieux-activite", {
      structureIds: ["abc"],
    });
    expect(pasUuid.body.error.fields).toEqual({ "structureIds.0": "Identifiant de lieu invalide." });
    expect(await compter(db)).toEqual(avant);
  });

  it("is for médiateurs only", async () => {
    const structure = await inserer();
    const coordinateur = await creerUtilisateur(db, { coordinateur: true });
    const response = await client(app, coordinateur.cookie).put("/structures/inscription/lieux-activite", {
      structureIds: [structure.id],
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe("Cette action est réservée aux médiateurs numériques.");
    expect(
      (await client(app, coordinateur.cookie).get("/structures/inscription/lieux-activite")).status,
    ).toBe(403);
    expect(
      (await client(app).put("/structures/inscription/lieux-activite", { structureIds: [] })).status,
    ).toBe(401);
  });
});

describe("/structures/mes-lieux", () => {
  it("lists the médiateur's lieux and removes one, audited", async () => {
    const [a, b] = [await inserer({ nom: "Atelier" }), await inserer({ nom: "Bibliothèque" })];
    const moi = await creerUtilisateur(db, { mediateur: true });
    const api = client(app, moi.cookie);
    await api.put("/structures/inscription/lieux-activite", { structureIds: [a!.id, b!.id] });

    const liste = await api.get("/structures/mes-lieux");
    expect(liste.status).toBe(200);
    expect(liste.body.lieux).toHaveLength(2);
    expect(liste.body.lieux[0]).toMatchObject({ id: a!.id, nom: "Atelier", debutActivite: aujourdhui() });

    const retrait = await api.delete(`/structures/mes-lieux/${a!.id}`);
    expect(retrait.status).toBe(204);
    const actifs = await db
      .select()
      .from(schema.mediateursEnActivite)
      .where(
        and(
          eq(schema.mediateursEnActivite.mediateurId, moi.mediateurId!),
          isNull(schema.mediateursEnActivite.finActivite),
        ),
      );
    expect(actifs.map((lien) => lien.structureId)).toEqual([b!.id]);
    const [audit] = await db
      .select()
      .from(schema.mutations)
      .where(
        and(eq(schema.mutations.userId, moi.id), eq(schema.mutations.nom, "supprimer_mediateur_en_activite")),
      );
    expect(audit!.data).toEqual({ mediateurId: moi.mediateurId, structureIds: [a!.id] });

    const encore = await api.delete(`/structures/mes-lieux/${a!.id}`);
    expect(encore.status).toBe(404);
    expect(encore.body.error.message).toBe("Ce lieu ne fait pas partie de vos lieux d'activité.");
    expect((await api.get("/structures/mes-lieux")).body.lieux.map((l: { id: string }) => l.id)).toEqual([
      b!.id,
    ]);
  });

  it("is for signed-in médiateurs only", async () => {
    const autre = await creerUtilisateur(db);
    expect((await client(app, autre.cookie).get("/structures/mes-lieux")).status).toBe(403);
    expect(
      (await client(app, autre.cookie).delete(`/structures/mes-lieux/${crypto.randomUUID()}`)).status,
    ).toBe(403);
    expect((await client(app).get("/structures/mes-lieux")).status).toBe(401);
    const moi = await creerUtilisateur(db, { mediateur: true });
    expect((await client(app, moi.cookie).delete("/structures/mes-lieux/pas-un-uuid")).status).toBe(400);
  });
});
