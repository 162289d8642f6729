import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { createDataspaceClient } from "@coop/external";
import { testClient as client, testUser as creerUtilisateur, testSecurity } from "@coop/http/testing";
import { type DataspaceStandin, startDataspaceStandin } from "@coop/standins";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAuthApp } from "../app.ts";

/** Rows a refused request must leave untouched. */
const compter = (db: Database) =>
  countRows(db, schema.structures, schema.mutations, schema.employesStructures, schema.mediateursEnActivite);

let database: TestDatabase;
let db: Database;
let standin: DataspaceStandin;
let app: ReturnType<typeof construireApp>;

// The auth function, with the Dataspace client under test.
const construireApp = (dataspace: Parameters<typeof createAuthApp>[0]["dataspace"]) =>
  createAuthApp({ db, security: testSecurity, dataspace });

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  standin = await startDataspaceStandin({ port: 0 });
  app = construireApp(
    createDataspaceClient({ baseUrl: standin.url, apiKey: standin.apiKey, timeoutMs: 1000 }),
  );
});
afterAll(async () => {
  await standin?.close();
  await database?.close();
});
beforeEach(() => standin.setUnavailable(false));

const utilisateur = async (userId: string) =>
  (await db.select().from(schema.users).where(eq(schema.users.id, userId)))[0]!;
const rolesDe = async (userId: string) => ({
  mediateur: (await db.$count(schema.mediateurs, eq(schema.mediateurs.userId, userId))) === 1,
  coordinateur: (await db.$count(schema.coordinateurs, eq(schema.coordinateurs.userId, userId))) === 1,
});

describe("GET /auth/inscription", () => {
  it("describes a new account, which starts by choosing its role", async () => {
    const moi = await creerUtilisateur(db, { email: "nouveau@exemple.fr" });
    const response = await client(app, moi.cookie).get("/auth/inscription");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      etape: "choisir-role",
      utilisateur: {
        email: "nouveau@exemple.fr",
        firstName: "Camille",
        lastName: "Test",
        phone: null,
        siret: null,
        isConseillerNumerique: false,
        profilInscription: null,
        acceptationCgu: null,
      },
      roles: { mediateur: false, coordinateur: false },
    });
  });

  it("answers 401 to every step without a session", async () => {
    const api = client(app);
    expect((await api.get("/auth/inscription")).status).toBe(401);
    expect((await api.post("/auth/inscription/initialiser")).status).toBe(401);
    expect(
      (await api.post("/auth/inscription/role", { profil: "mediateur", acceptationCgu: true })).status,
    ).toBe(401);
    expect((await api.put("/auth/inscription/informations", { firstName: "A", lastName: "B" })).status).toBe(
      401,
    );
    expect((await api.post("/auth/inscription/validation")).status).toBe(401);
  });
});

describe("POST /auth/inscription/initialiser", () => {
  it("flags a conseiller numérique found in the Dataspace and imports their employer and lieux once", async () => {
    const moi = await creerUtilisateur(db, { email: "Lea.Moreau@coop-demo.fr" });
    const response = await client(app, moi.cookie).post("/auth/inscription/initialiser");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ etape: "choisir-role", dataspace: "trouve" });

    const user = await utilisateur(moi.id);
    expect(user).toMatchObject({ isConseillerNumerique: true, dataspaceId: 70001, dataspaceUserIdPg: 41257 });
    expect(user.syncedFromDataspace).toBeInstanceOf(Date);
    expect(user.importedLieuxFromDataspace).toBeInstanceOf(Date);
    expect(user.lieuxActiviteRenseignes).toBeInstanceOf(Date);
    expect(await rolesDe(moi.id)).toEqual({ mediateur: true, coordinateur: false });

    const [emploi] = await db
      .select({
        debut: schema.employesStructures.debutEmploi,
        siret: schema.structures.siret,
        fin: schema.employesStructures.finEmploi,
      })
      .from(schema.employesStructures)
      .innerJoin(schema.structures, eq(schema.structures.id, schema.employesStructures.structureId))
      .where(eq(schema.employesStructures.userId, moi.id));
    expect(emploi).toEqual({ debut: "2023-09-01", siret: "81245637400014", fin: null });
    const [mediateur] = await db.select().from(schema.mediateurs).where(eq(schema.mediateurs.userId, moi.id));
    const lieux = await db
      .select({
        nom: schema.structures.nom,
        commune: schema.structures.commune,
        adresse: schema.structures.adresse,
      })
      .from(schema.mediateursEnActivite)
      .innerJoin(schema.structures, eq(schema.structures.id, schema.mediateursEnActivite.structureId))
      .where(eq(schema.mediateursEnActivite.mediateurId, mediateur!.id))
      .orderBy(schema.structures.nom);
    expect(lieux).toEqual([
      { nom: "Maison France Services des Jalles", commune: "Eysines", adresse: "8 PLACE DE LA MAIRIE" },
      { nom: "Pôle solidarités de Talence", commune: "Talence", adresse: "45 RUE PEYDAVANT" },
    ]);

    // Once is enough: a second call finds everything in place.
    const avant = await compter(db);
    const encore = await client(app, moi.cookie).post("/auth/inscription/initialiser");
    expect(encore.body).toEqual({ etape: "choisir-role", dataspace: "trouve" });
    const apres = await compter(db);
    // Nothing new but the audit rows: same structures, jobs and lieux (index 1 counts mutations).
    expect(apres.filter((_, index) => index !== 1)).toEqual(avant.filter((_, index) => index !== 1));
  });

  it("makes a coordinateur de conseillers numériques a coordinateur", async () => {
    const moi = await creerUtilisateur(db, { email: "sophie.marchand@coop-demo.fr" });
    const response = await client(app, moi.cookie).post("/auth/inscription/initialiser");
    expect(response.body.dataspace).toBe("trouve");
    expect(await rolesDe(moi.id)).toEqual({ mediateur: false, coordinateur: true });
    expect((await utilisateur(moi.id)).isConseillerNumerique).toBe(true);
  });

  it("changes nothing for an e-mail the Dataspace does not know", async () => {
    const moi = await creerUtilisateur(db, { email: "inconnue@exemple.fr" });
    const avant = await compter(db);
    const response = await client(app, moi.cookie).post("/auth/inscription/initialiser");
    expect(response.body).toEqual({ etape: "choisir-role", dataspace: "non-trouve" });
    expect(await compter(db)).toEqual(avant);
    expect((await utilisateur(moi.id)).syncedFromDataspace).toBeNull();
  });

  it("never blocks: an unreachable or unconfigured Dataspace is reported and the inscription goes on", async () => {
    const moi = await creerUtilisateur(db, { email: "injoignable@exemple.fr" });
    standin.setUnavailable(true);
    const response = await client(app, moi.cookie).post("/auth/inscription/initialiser");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      etape: "choisir-role",
      dataspace: "indisponible",
      message: "Le service Dataspace est momentanément indisponible. Réessayez plus tard.",
    });
    const role = await client(app, moi.cookie).post("/auth/inscription/role", {
      profil: "mediateur",
      acceptationCgu: true,
    });
    expect(role.body).toEqual({ etape: "verifier-informations" });

    const sansDataspace = await client(construireApp(null), moi.cookie).post("/auth/inscription/initialiser");
    expect(sansDataspace.body).toMatchObject({ dataspace: "indisponible", etape: "verifier-informations" });
    expect(sansDataspace.body.message).toMatch(/n'est pas configuré/);
  });
});
