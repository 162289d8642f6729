// A whole inscription through both functions that serve it, as the site drives it: auth (role,
// information, validation) and structures (employer, lieux). It lives with the local platform, the one
// place allowed to build several functions' apps.
import { type Database, schema } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import type { StructureFormulaire } from "@coop/domain";
import { createDataspaceClient, createRechercheEntreprisesClient } from "@coop/external";
import { createAuthApp } from "@coop/fn-auth";
import { createStructuresApp } from "@coop/fn-structures";
import { testClient as client, testUser as creerUtilisateur, testSecurity } from "@coop/http/testing";
import {
  type DataspaceStandin,
  type RechercheEntreprisesStandin,
  startDataspaceStandin,
  startRechercheEntreprisesStandin,
} from "@coop/standins";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let database: TestDatabase;
let db: Database;
let dataspace: DataspaceStandin;
let entreprises: RechercheEntreprisesStandin;
let auth: ReturnType<typeof createAuthApp>;
let structures: ReturnType<typeof createStructuresApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  dataspace = await startDataspaceStandin({ port: 0 });
  entreprises = await startRechercheEntreprisesStandin({ port: 0 });
  auth = createAuthApp({
    db,
    security: testSecurity,
    dataspace: createDataspaceClient({ baseUrl: dataspace.url, apiKey: dataspace.apiKey, timeoutMs: 1000 }),
  });
  structures = createStructuresApp({
    db,
    security: testSecurity,
    rechercheEntreprises: createRechercheEntreprisesClient({ baseUrl: entreprises.url, timeoutMs: 1000 }),
  });
});
afterAll(async () => {
  await dataspace?.close();
  await entreprises?.close();
  await database?.close();
});

const nouveauLieu: StructureFormulaire = {
  nom: "Tiers-lieu de la gare",
  adresse: { voie: "2 Place de la Gare", commune: "Libourne", codePostal: "33500", codeInsee: "33243" },
  typologies: ["TIERS_LIEUX"],
  visiblePourCartographieNationale: true,
  services: ["Maîtrise des outils numériques du quotidien"],
  modalitesAcces: ["Se présenter"],
};

describe("a complete inscription", () => {
  it("takes a médiateur from the Dataspace check to La Coop", async () => {
    const coordinatrice = await creerUtilisateur(db, { coordinateur: true });
    await db
      .insert(schema.invitationsEquipes)
      .values({ email: "camille.durand@exemple.fr", coordinateurId: coordinatrice.coordinateurId! });
    const lieuExistant = (
      await db
        .insert(schema.structures)
        .values({
          nom: "Médiathèque de Cenon",
          adresse: "1 Rue Camille Pelletan",
          commune: "Cenon",
          codePostal: "33150",
        })
        .returning()
    )[0]!;
    const moi = await creerUtilisateur(db, { email: "camille.durand@exemple.fr" });
    const site = { auth: client(auth, moi.cookie), structures: client(structures, moi.cookie) };

    expect((await site.auth.post("/auth/inscription/initialiser")).body).toEqual({
      etape: "choisir-role",
      dataspace: "non-trouve",
    });
    expect(
      (await site.auth.post("/auth/inscription/role", { profil: "mediateur", acceptationCgu: true })).body,
    ).toEqual({ etape: "verifier-informations" });
    const informations = await site.auth.put("/auth/inscription/informations", {
      firstName: "Camille",
      lastName: "Durand",
      phone: "0556000000",
    });
    expect(informations.body.etape).toBe("structure-employeuse");
    expect((await site.auth.get("/auth/inscription")).body.etape).toBe("verifier-informations");

    const employeur = await site.structures.put("/structures/inscription/structure-employeuse", {
      siret: "80462139900018",
    });
    expect(employeur.status).toBe(200);
    expect(employeur.body.structureEmployeuse.nom).toBe("ASSOCIATION LIENS NUMERIQUES");
    expect((await site.auth.get("/auth/inscription")).body.etape).toBe("lieux-activite");

    const trouves = await site.structures.get("/structures/recherche?q=mediatheque%20cenon");
    expect(trouves.body.structures.map((s: { id: string }) => s.id)).toEqual([lieuExistant.id]);
    const cree = await site.structures.post("/structures", nouveauLieu);
    expect(cree.status).toBe(201);
    const lieux = await site.structures.put("/structures/inscription/lieux-activite", {
      structureIds: [lieuExistant.id, cree.body.structure.id],
    });
    expect(lieux.body.lieux.map((lieu: { nom: string }) => lieu.nom)).toEqual([
      "Médiathèque de Cenon",
      "Tiers-lieu de la gare",
    ]);

    const recapitulatif = await site.auth.get("/auth/inscription");
    expect(recapitulatif.body).toMatchObject({
      etape: "recapitulatif",
      utilisateur: {
        firstName: "Camille",
        lastName: "Durand",
        phone: "+33556000000",
        profilInscription: "mediateur",
      },
      roles: { mediateur: true, coordinateur: false },
    });
    expect((await site.auth.post("/auth/inscription/validation")).body).toEqual({
      redirection: "/coop",
      invitationsAcceptees: 1,
    });
    expect((await site.auth.get("/auth/inscription")).body.etape).toBe("terminee");
    expect((await site.structures.get("/structures/mes-lieux")).body.lieux).toHaveLength(2);

    const noms = (await db.select().from(schema.mutations).where(eq(schema.mutations.userId, moi.id))).map(
      (mutation) => mutation.nom,
    );
    expect(noms).toEqual([
      "creer_mediateur",
      "modifier_utilisateur",
      "creer_structure",
      "creer_employe_structure",
      "creer_structure",
      "creer_mediateur_en_activite",
      "accepter_invitation_mediateur_coordonne",
      "valider_inscription",
    ]);
  });

  it("takes a coordinateur past the lieux, through outages of both services", async () => {
    const moi = await creerUtilisateur(db, { email: "dominique.leroy@exemple.fr" });
    const site = { auth: client(auth, moi.cookie), structures: client(structures, moi.cookie) };

    dataspace.setUnavailable(true);
    const initialisation = await site.auth.post("/auth/inscription/initialiser");
    expect(initialisation.status).toBe(200);
    expect(initialisation.body.dataspace).toBe("indisponible");
    dataspace.setUnavailable(false);

    await site.auth.post("/auth/inscription/role", { profil: "coordinateur", acceptationCgu: true });
    await site.auth.put("/auth/inscription/informations", { firstName: "Dominique", lastName: "Leroy" });

    entreprises.setUnavailable(true);
    const panne = await site.structures.put("/structures/inscription/structure-employeuse", {
      siret: "83571946900016",
    });
    expect(panne.status).toBe(503);
    expect(panne.body.error.message).toBe(
      "Le service Recherche d'entreprises est momentanément indisponible. Réessayez plus tard.",
    );
    entreprises.setUnavailable(false);
    const reprise = await site.structures.put("/structures/inscription/structure-employeuse", {
      siret: "83571946900016",
    });
    expect(reprise.status).toBe(200);

    expect((await site.auth.get("/auth/inscription")).body).toMatchObject({
      etape: "recapitulatif",
      roles: { mediateur: false, coordinateur: true },
    });
    expect((await site.auth.post("/auth/inscription/validation")).status).toBe(200);
    expect((await site.auth.get("/auth/inscription")).body.etape).toBe("terminee");
  });

  it("lets a conseiller numérique found in the Dataspace confirm the imported employer and skip the lieux", async () => {
    const moi = await creerUtilisateur(db, { email: "lea.moreau@coop-demo.fr" });
    const site = { auth: client(auth, moi.cookie), structures: client(structures, moi.cookie) };
    expect((await site.auth.post("/auth/inscription/initialiser")).body.dataspace).toBe("trouve");
    await site.auth.post("/auth/inscription/role", { profil: "mediateur", acceptationCgu: true });
    expect((await site.auth.get("/auth/inscription")).body.utilisateur).toMatchObject({
      isConseillerNumerique: true,
      profilInscription: "conseiller-numerique",
    });

    // The employer page shows what the Dataspace gave; confirming it keeps the same employment.
    entreprises.setUnavailable(true);
    const propose = await site.structures.get("/structures/inscription/structure-employeuse");
    expect(propose.body.structureEmployeuse).toMatchObject({
      siret: "81245637400014",
      debutEmploi: "2023-09-01",
    });
    const confirme = await site.structures.put("/structures/inscription/structure-employeuse", {
      siret: propose.body.structureEmployeuse.siret,
    });
    entreprises.setUnavailable(false);
    expect(confirme.body.structureEmployeuse).toMatchObject({
      id: propose.body.structureEmployeuse.id,
      debutEmploi: "2023-09-01",
    });

    expect((await site.auth.get("/auth/inscription")).body.etape).toBe("recapitulatif");
    expect((await site.auth.post("/auth/inscription/validation")).status).toBe(200);
  });
});
