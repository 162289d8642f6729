import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase } from "@coop/db/testing";
import type { StructureFormulaire } from "@coop/domain";
import { createRechercheEntreprisesClient } from "@coop/external";
import { testClient as client, testUser as creerUtilisateur, testSecurity } from "@coop/http/testing";
import { type RechercheEntreprisesStandin, startRechercheEntreprisesStandin } from "@coop/standins";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createStructuresApp } from "../app.ts";

/** Rows a refused request must leave untouched. */
const compter = (db: Database) =>
  countRows(db, schema.structures, schema.mutations, schema.employesStructures, schema.mediateursEnActivite);

let database: TestDatabase;
let db: Database;
let standin: RechercheEntreprisesStandin;
let app: ReturnType<typeof createStructuresApp>;
let moi: Awaited<ReturnType<typeof creerUtilisateur>>;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  standin = await startRechercheEntreprisesStandin({ port: 0 });
  app = createStructuresApp({
    db,
    security: testSecurity,
    rechercheEntreprises: createRechercheEntreprisesClient({ baseUrl: standin.url, timeoutMs: 1000 }),
  });
  moi = await creerUtilisateur(db, { mediateur: true });
});
afterAll(async () => {
  await standin?.close();
  await database?.close();
});
beforeEach(() => standin.setUnavailable(false));

const formulaire: StructureFormulaire = {
  nom: "Médiathèque Émile Zola",
  adresse: {
    voie: "7 Rue des Armuriers",
    commune: "Saint-Étienne",
    codePostal: "42000",
    codeInsee: "42218",
    latitude: 45.4397,
    longitude: 4.3872,
    banId: "42218_0450_00007",
  },
  typologies: ["BIB", "EPN"],
};

const inserer = async (valeurs: Partial<typeof schema.structures.$inferInsert> = {}) => {
  const [structure] = await db
    .insert(schema.structures)
    .values({ nom: "Structure", adresse: "1 rue", commune: "Bordeaux", codePostal: "33000", ...valeurs })
    .returning();
  return structure!;
};

describe("POST /structures", () => {
  it("creates the structure of the form, audited, on behalf of the user", async () => {
    const response = await client(app, moi.cookie).post("/structures", {
      ...formulaire,
      siret: "w423001234",
      nomUsage: "La Médiathèque",
      lieuItinerant: true,
      visiblePourCartographieNationale: true,
      services: ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien"],
      presentationResume: "Ateliers numériques pour tous.",
      siteWeb: "www.mediatheque-zola.fr",
      ficheAccesLibre: "https://acceslibre.beta.gouv.fr/app/42-saint-etienne/a/bibliotheque/erp/zola/",
      horaires: "Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00",
      modalitesAcces: ["Se présenter", "Téléphoner", "Contacter par mail"],
      telephone: "04 77 12 34 56",
      courriel: "accueil@mediatheque-zola.fr",
      fraisACharge: ["Gratuit"],
      toutPublic: false,
      publicsSpecifiquementAdresses: ["Seniors", "Jeunes"],
      priseEnChargeSpecifique: ["Surdité"],
      modalitesAccompagnement: ["Accompagnement individuel"],
    });
    expect(response.status).toBe(201);
    const structure = response.body.structure;
    expect(structure).toMatchObject({
      nom: "Médiathèque Émile Zola",
      nomUsage: "La Médiathèque",
      adresse: "7 Rue des Armuriers",
      commune: "Saint-Étienne",
      codePostal: "42000",
      codeInsee: "42218",
      latitude: 45.4397,
      banId: "42218_0450_00007",
      siret: null,
      rna: "W423001234",
      typologies: ["BIB", "EPN"],
      itinerance: ["Itinérant"],
      visiblePourCartographieNationale: true,
      siteWeb: "https://www.mediatheque-zola.fr",
      telephone: "+33477123456",
      courriels: ["accueil@mediatheque-zola.fr"],
      publicsSpecifiquementAdresses: ["Seniors", "Jeunes"],
    });

    const [row] = await db.select().from(schema.structures).where(eq(schema.structures.id, structure.id));
    expect(row).toMatchObject({ creationParId: moi.id, derniereModificationParId: moi.id });
    const audit = await db.select().from(schema.mutations).where(eq(schema.mutations.nom, "creer_structure"));
    expect(audit.at(-1)).toMatchObject({
      userId: moi.id,
      data: { structureId: structure.id, source: "formulaire" },
    });
  });

  it("answers 400 naming each field, and writes nothing", async () => {
    const avant = await compter(db);
    const response = await client(app, moi.cookie).post("/structures", {
      ...formulaire,
      siret: "12345678901234",
      visiblePourCartographieNationale: true,
      modalitesAcces: ["Téléphoner"],
      presentationResume: "x".repeat(281),
      ficheAccesLibre: "https://example.fr/fiche",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_error");
    expect(Object.keys(response.body.error.fields).sort()).toEqual([
      "ficheAccesLibre",
      "presentationResume",
      "services",
      "siret",
      "telephone",
    ]);

    const regles = await client(app, moi.cookie).post("/structures", {
      ...formulaire,
      visiblePourCartographieNationale: true,
      modalitesAcces: ["Téléphoner"],
    });
    expect(regles.status).toBe(400);
    expect(regles.body.error.fields).toEqual({
      services: "Choisissez au moins un service pour rendre le lieu visible sur la cartographie nationale.",
      telephone: "Indiquez le numéro de téléphone pour l'accès par téléphone.",
    });
    expect(await compter(db)).toEqual(avant);
  });

  it("refuses anonymous callers and bodies that are not JSON", async () => {
    expect((await client(app).post("/structures", formulaire)).status).toBe(401);
    const response = await app.request("/structures", {
      method: "POST",
      headers: { cookie: moi.cookie, origin: testSecurity.publicUrl, "content-type": "text/plain" },
      body: "nom=x",
    });
    expect(response.status).toBe(415);
  });
});

describe("GET /structures/:id", () => {
  it("shows a structure, 404 once deleted or unknown", async () => {
    const structure = await inserer({ nom: "Espace public numérique", siret: "79834512000017" });
    const response = await client(app, moi.cookie).get(`/structures/${structure.id}`);
    expect(response.status).toBe(200);
    expect(response.body.structure).toMatchObject({ id: structure.id, nom: "Espace public numérique" });

    await db
      .update(schema.structures)
      .set({ suppression: new Date() })
      .where(eq(schema.structures.id, structure.id));
    const supprimee = await client(app, moi.cookie).get(`/structures/${structure.id}`);
    expect(supprimee.status).toBe(404);
    expect(supprimee.body.error.message).toBe("Cette structure est introuvable.");
    expect((await client(app, moi.cookie).get(`/structures/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await client(app).get(`/structures/${structure.id}`)).status).toBe(401);
  });
});

describe("GET /structures/recherche", () => {
  it("finds structures by every word, ignoring accents and case", async () => {
    const zola = await inserer({
      nom: "Bibliothèque Émile Zola",
      commune: "Saint-Étienne",
      codePostal: "42000",
      codeInsee: "42218",
      siret: "91538472100014",
      typologies: ["BIB"],
    });
    await inserer({ nom: "Bibliothèque Louise Michel", commune: "Lyon", codePostal: "69001" });
    await inserer({
      nom: "Bibliothèque Émile Zola (ancienne)",
      commune: "Saint-Étienne",
      suppression: new Date(),
    });

    const response = await client(app, moi.cookie).get("/structures/recherche?q=BIBLIOTHEQUE%20etienne");
    expect(response.status).toBe(200);
    expect(response.body.structures).toEqual([
      {
        id: zola.id,
        nom: "Bibliothèque Émile Zola",
        nomUsage: null,
        adresse: "1 rue",
        complementAdresse: null,
        commune: "Saint-Étienne",
        codePostal: "42000",
        codeInsee: "42218",
        siret: "91538472100014",
        rna: null,
        typologies: ["BIB"],
      },
    ]);
    const parSiret = await client(app, moi.cookie).get("/structures/recherche?q=915384721");
    expect(parSiret.body.structures.map((s: { id: string }) => s.id)).toEqual([zola.id]);
    const parCommune = await client(app, moi.cookie).get(
      "/structures/recherche?q=biblioth%C3%A8que&commune=42218",
    );
    expect(parCommune.body.structures.map((s: { id: string }) => s.id)).toEqual([zola.id]);
    expect((await client(app, moi.cookie).get("/structures/recherche?q=%25")).body.structures).toEqual([]);
    expect((await client(app, moi.cookie).get("/structures/recherche")).body.structures).toEqual([]);
  });

  it("answers at most 20 structures, and only to signed-in users", async () => {
    for (let index = 0; index < 25; index++) await inserer({ nom: `Tiers-lieu numéro ${index}` });
    const response = await client(app, moi.cookie).get("/structures/recherche?q=tiers-lieu");
    expect(response.body.structures).toHaveLength(20);
    expect((await client(app).get("/structures/recherche?q=tiers")).status).toBe(401);
  });
});

describe("GET /structures/entreprises", () => {
  it("looks a SIRET up, saying which structure of La Coop already has it", async () => {
    const connue = await inserer({ nom: "Pôle solidarités", siret: "81245637400014" });
    const response = await client(app, moi.cookie).get(
      "/structures/entreprises?siret=812%20456%20374%2000014",
    );
    expect(response.status).toBe(200);
    expect(response.body.entreprises).toEqual([
      {
        siret: "81245637400014",
        siren: "812456374",
        nom: "PÔLE SOLIDARITÉS DE TALENCE",
        enseigne: null,
        adresse: "45 RUE PEYDAVANT",
        codePostal: "33400",
        commune: "TALENCE",
        codeInsee: "33522",
        latitude: 44.8083,
        longitude: -0.5886,
        actif: true,
        structureId: connue.id,
      },
    ]);
  });

  it("searches by name, closed établissements flagged", async () => {
    const response = await client(app, moi.cookie).get("/structures/entreprises?q=numerique%20des%20monts");
    expect(response.status).toBe(200);
    expect(
      response.body.entreprises.map((e: { siret: string; actif: boolean }) => [e.siret, e.actif]),
    ).toEqual([
      ["85294613600011", true],
      ["85294613600029", false],
    ]);
  });

  it("answers 400 for an invalid SIRET or a too short name", async () => {
    const invalide = await client(app, moi.cookie).get("/structures/entreprises?siret=81245637400015");
    expect(invalide.status).toBe(400);
    expect(invalide.body.error.fields.siret).toMatch(/n'est pas valide/);
    const court = await client(app, moi.cookie).get("/structures/entreprises?q=ab");
    expect(court.body.error.fields).toEqual({ q: "Indiquez un SIRET ou au moins 3 caractères du nom." });
    expect((await client(app).get("/structures/entreprises?q=liens")).status).toBe(401);
  });

  it("answers 503 with the service's French message when it is down", async () => {
    standin.setUnavailable(true);
    const response = await client(app, moi.cookie).get("/structures/entreprises?q=liens%20numeriques");
    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      error: {
        code: "service_unavailable",
        message: "Le service Recherche d'entreprises est momentanément indisponible. Réessayez plus tard.",
      },
    });
  });

  it("answers 503 when the service does not answer in time", async () => {
    standin.setUnavailable("timeout");
    const response = await client(app, moi.cookie).get("/structures/entreprises?siret=80462139900018");
    expect(response.status).toBe(503);
  });
});
