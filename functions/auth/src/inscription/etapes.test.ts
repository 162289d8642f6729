import { type Database, schema } from "@coop/db";
import { countRows, createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { createDataspaceClient } from "@coop/external";
import { testClient as client, testUser as creerUtilisateur, testSecurity } from "@coop/http/testing";
import { type DataspaceStandin, startDataspaceStandin } from "@coop/standins";
import { and, eq } from "drizzle-orm";
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
const audit = async (userId: string) =>
  (await db.select().from(schema.mutations).where(eq(schema.mutations.userId, userId))).map((m) => m.nom);
const rolesDe = async (userId: string) => ({
  mediateur: (await db.$count(schema.mediateurs, eq(schema.mediateurs.userId, userId))) === 1,
  coordinateur: (await db.$count(schema.coordinateurs, eq(schema.coordinateurs.userId, userId))) === 1,
});

describe("POST /auth/inscription/role", () => {
  it("creates the médiateur and records the CGU, audited", async () => {
    const moi = await creerUtilisateur(db);
    const response = await client(app, moi.cookie).post("/auth/inscription/role", {
      profil: "mediateur",
      acceptationCgu: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ etape: "verifier-informations" });
    expect(await rolesDe(moi.id)).toEqual({ mediateur: true, coordinateur: false });
    const user = await utilisateur(moi.id);
    expect(user.profilInscription).toBe("mediateur");
    expect(user.acceptationCgu).toBeInstanceOf(Date);
    expect(await audit(moi.id)).toEqual(["creer_mediateur"]);
  });

  it("lets the role be changed before validation", async () => {
    const moi = await creerUtilisateur(db);
    const api = client(app, moi.cookie);
    await api.post("/auth/inscription/role", { profil: "mediateur", acceptationCgu: true });
    await api.post("/auth/inscription/role", { profil: "coordinateur", acceptationCgu: true });
    expect(await rolesDe(moi.id)).toEqual({ mediateur: false, coordinateur: true });
    expect((await utilisateur(moi.id)).profilInscription).toBe("coordinateur");
    expect(await audit(moi.id)).toEqual(["creer_mediateur", "creer_coordinateur", "supprimer_mediateur"]);
  });

  it("gives a conseiller numérique the CN profile", async () => {
    const moi = await creerUtilisateur(db, { email: "lea.moreau.bis@coop-demo.fr" });
    await db.update(schema.users).set({ isConseillerNumerique: true }).where(eq(schema.users.id, moi.id));
    await client(app, moi.cookie).post("/auth/inscription/role", {
      profil: "mediateur",
      acceptationCgu: true,
    });
    expect((await utilisateur(moi.id)).profilInscription).toBe("conseiller-numerique");
    await client(app, moi.cookie).post("/auth/inscription/role", {
      profil: "coordinateur",
      acceptationCgu: true,
    });
    expect((await utilisateur(moi.id)).profilInscription).toBe("coordinateur-conseiller-numerique");
    // A CN keeps the médiateur role the Dataspace gave.
    expect(await rolesDe(moi.id)).toEqual({ mediateur: true, coordinateur: true });
  });

  it("refuses without the CGU or a known role, writing nothing", async () => {
    const moi = await creerUtilisateur(db);
    const avant = await compter(db);
    const sansCgu = await client(app, moi.cookie).post("/auth/inscription/role", {
      profil: "mediateur",
      acceptationCgu: false,
    });
    expect(sansCgu.status).toBe(400);
    expect(sansCgu.body.error.fields).toEqual({
      acceptationCgu: "Vous devez accepter les conditions générales d'utilisation pour continuer.",
    });
    const inconnu = await client(app, moi.cookie).post("/auth/inscription/role", {
      profil: "admin",
      acceptationCgu: true,
    });
    expect(inconnu.body.error.fields).toEqual({ profil: "Choisissez votre rôle." });
    expect(await compter(db)).toEqual(avant);
    expect(await rolesDe(moi.id)).toEqual({ mediateur: false, coordinateur: false });
  });
});

describe("PUT /auth/inscription/informations", () => {
  it("saves trimmed names and a normalised phone, then leads to the employer", async () => {
    const moi = await creerUtilisateur(db);
    await client(app, moi.cookie).post("/auth/inscription/role", {
      profil: "mediateur",
      acceptationCgu: true,
    });
    const response = await client(app, moi.cookie).put("/auth/inscription/informations", {
      firstName: "  Hélène ",
      lastName: " Roux",
      phone: "06 12 34 56 78",
    });
    expect(response.status).toBe(200);
    expect(response.body.etape).toBe("structure-employeuse");
    expect(response.body.utilisateur).toMatchObject({
      firstName: "Hélène",
      lastName: "Roux",
      phone: "+33612345678",
    });
    expect(await utilisateur(moi.id)).toMatchObject({ name: "Hélène Roux", phone: "+33612345678" });
    const [mutation] = await db
      .select()
      .from(schema.mutations)
      .where(and(eq(schema.mutations.userId, moi.id), eq(schema.mutations.nom, "modifier_utilisateur")));
    expect(mutation!.data).toEqual({ champs: ["firstName", "lastName", "phone"] });

    await client(app, moi.cookie).put("/auth/inscription/informations", {
      firstName: "Hélène",
      lastName: "Roux",
    });
    expect((await utilisateur(moi.id)).phone).toBe("+33612345678");
    await client(app, moi.cookie).put("/auth/inscription/informations", {
      firstName: "Hélène",
      lastName: "Roux",
      phone: "",
    });
    expect((await utilisateur(moi.id)).phone).toBeNull();
  });

  it("answers 400 naming the fields, writing nothing", async () => {
    const moi = await creerUtilisateur(db);
    const avant = await compter(db);
    const response = await client(app, moi.cookie).put("/auth/inscription/informations", {
      firstName: "   ",
      phone: "12 34",
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["firstName", "lastName", "phone"]);
    expect(response.body.error.fields.firstName).toBe("Indiquez votre prénom.");
    expect(await compter(db)).toEqual(avant);
    expect((await utilisateur(moi.id)).firstName).toBe("Camille");
  });
});

describe("POST /auth/inscription/validation", () => {
  it("answers 409 naming the step still to do", async () => {
    const moi = await creerUtilisateur(db);
    const api = client(app, moi.cookie);
    const debut = await api.post("/auth/inscription/validation");
    expect(debut.status).toBe(409);
    expect(debut.body.error.message).toBe(
      "Votre inscription n'est pas terminée : il reste l'étape « Choisir votre rôle ».",
    );

    await api.post("/auth/inscription/role", { profil: "mediateur", acceptationCgu: true });
    await db
      .update(schema.users)
      .set({ structureEmployeuseRenseignee: new Date() })
      .where(eq(schema.users.id, moi.id));
    const lieux = await api.post("/auth/inscription/validation");
    expect(lieux.status).toBe(409);
    expect(lieux.body.error.message).toMatch(/« Renseigner vos lieux d'activité »/);
    expect((await utilisateur(moi.id)).inscriptionValidee).toBeNull();
  });

  it("validates from the summary and accepts the pending team invitations", async () => {
    const coordinatrice = await creerUtilisateur(db, { coordinateur: true });
    const autre = await creerUtilisateur(db, { coordinateur: true });
    const moi = await creerUtilisateur(db, { email: "invitee@exemple.fr" });
    await db.insert(schema.invitationsEquipes).values([
      { email: "invitee@exemple.fr", coordinateurId: coordinatrice.coordinateurId! },
      { email: "invitee@exemple.fr", coordinateurId: autre.coordinateurId!, refusee: new Date() },
    ]);
    const api = client(app, moi.cookie);
    await api.post("/auth/inscription/role", { profil: "mediateur", acceptationCgu: true });
    await db
      .update(schema.users)
      .set({ structureEmployeuseRenseignee: new Date(), lieuxActiviteRenseignes: new Date() })
      .where(eq(schema.users.id, moi.id));
    expect((await api.get("/auth/inscription")).body.etape).toBe("recapitulatif");

    const response = await api.post("/auth/inscription/validation");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ redirection: "/coop", invitationsAcceptees: 1 });
    expect((await utilisateur(moi.id)).inscriptionValidee).toBeInstanceOf(Date);
    const [mediateur] = await db.select().from(schema.mediateurs).where(eq(schema.mediateurs.userId, moi.id));
    const equipes = await db
      .select()
      .from(schema.mediateursCoordonnes)
      .where(eq(schema.mediateursCoordonnes.mediateurId, mediateur!.id));
    expect(equipes.map((equipe) => equipe.coordinateurId)).toEqual([coordinatrice.coordinateurId]);
    const invitations = await db
      .select()
      .from(schema.invitationsEquipes)
      .where(eq(schema.invitationsEquipes.email, "invitee@exemple.fr"));
    expect(invitations.find((i) => i.coordinateurId === coordinatrice.coordinateurId)).toMatchObject({
      mediateurId: mediateur!.id,
    });
    expect(
      invitations.find((i) => i.coordinateurId === coordinatrice.coordinateurId)!.acceptee,
    ).toBeInstanceOf(Date);
    expect(invitations.find((i) => i.coordinateurId === autre.coordinateurId)!.acceptee).toBeNull();
    expect(await audit(moi.id)).toEqual([
      "creer_mediateur",
      "accepter_invitation_mediateur_coordonne",
      "valider_inscription",
    ]);

    // A second click changes nothing; the steps are closed.
    expect((await api.post("/auth/inscription/validation")).body).toEqual({
      redirection: "/coop",
      invitationsAcceptees: 0,
    });
    expect((await api.get("/auth/inscription")).body.etape).toBe("terminee");
    const role = await api.post("/auth/inscription/role", { profil: "coordinateur", acceptationCgu: true });
    expect(role.status).toBe(409);
    expect(role.body.error.message).toBe("Votre inscription est déjà validée.");
  });
});
