import { type Database, schema } from "@coop/db";
import { createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "../app.ts";
import {
  collectif,
  creerMediateur,
  creerStructure,
  ecartsCompteurs,
  individuel,
  type Mediateur,
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

const ligne = async (id: string) =>
  (await db.select().from(schema.activites).where(eq(schema.activites.id, id)))[0]!;
const mediateurRow = async () =>
  (await db.select().from(schema.mediateurs).where(eq(schema.mediateurs.id, moi.mediateurId)))[0]!;

describe(`POST /activites/individuel (${testDatabaseLabel()})`, () => {
  it("records a CRA with an identified bénéficiaire: 201, full activité, counters, audit without personal data", async () => {
    const response = await moi.client.post(
      "/activites/individuel",
      individuel(moi, {
        beneficiaireId: moi.beneficiaires[0],
        autonomie: "partiellement_autonome",
        orienteVersStructure: true,
        structureDeRedirection: "aide_sociale",
        notes: "<p>Création de sa <strong>boîte mail</strong></p>",
      }),
    );
    expect(response.status).toBe(201);
    const activite = response.body.activite;
    expect(activite).toMatchObject({
      type: "individuel",
      date: "2025-03-10",
      duree: 45,
      typeLieu: "lieu_activite",
      structureId: moi.lieu.id,
      structure: { id: moi.lieu.id, nom: "Médiathèque Mériadeck", codeInsee: "33063" },
      lieu: "Médiathèque Mériadeck",
      structureEmployeuseId: moi.employeur.id,
      thematiques: ["email", "navigation_sur_internet"],
      materiel: ["ordinateur"],
      beneficiaireId: moi.beneficiaires[0],
      beneficiaire: { id: moi.beneficiaires[0], prenom: "Hélène", nom: "Dupont" },
      beneficiaireAnonyme: null,
      autonomie: "partiellement_autonome",
      orienteVersStructure: true,
      structureDeRedirection: "aide_sociale",
      notes: "<p>Création de sa <strong>boîte mail</strong></p>",
      accompagnementsCount: 1,
      tags: [],
    });

    const [accompagnement] = await db
      .select()
      .from(schema.accompagnements)
      .where(eq(schema.accompagnements.activiteId, activite.id));
    expect(accompagnement).toMatchObject({
      beneficiaireId: moi.beneficiaires[0],
      premierAccompagnement: true,
    });
    expect(await mediateurRow()).toMatchObject({
      activitesCount: 1,
      accompagnementsCount: 1,
      beneficiairesCount: 2,
    });
    expect((await mediateurRow()).derniereCreationActivite).toBeInstanceOf(Date);
    const [audit] = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "creer_activite"));
    expect(audit).toMatchObject({
      userId: moi.userId,
      data: {
        activiteId: activite.id,
        type: "individuel",
        beneficiaireIds: [moi.beneficiaires[0]],
        anonymes: 0,
      },
    });
    expect(JSON.stringify(audit!.data)).not.toMatch(/Hélène|Dupont|boîte/);
    expect(await ecartsCompteurs(db)).toEqual({});
  });

  it("creates an anonymous bénéficiaire when none is linked; premier unless « déjà accompagné »", async () => {
    const commune = { nom: "Pessac", codePostal: "33600", codeInsee: "33318" };
    for (const dejaAccompagne of [false, true]) {
      const response = await moi.client.post(
        "/activites/individuel",
        individuel(moi, {
          typeLieu: "domicile",
          structureId: undefined,
          lieuCommune: commune,
          beneficiaireAnonyme: { dejaAccompagne, commune, genre: "feminin", trancheAge: "soixante_dix_plus" },
        }),
      );
      expect(response.status).toBe(201);
      expect(response.body.activite).toMatchObject({
        typeLieu: "domicile",
        structure: null,
        lieuCommune: commune,
        lieu: "Pessac",
        beneficiaire: null,
        beneficiaireAnonyme: {
          dejaAccompagne,
          commune,
          genre: "feminin",
          trancheAge: "soixante_dix_plus",
          statutSocial: null,
        },
      });
      const [lien] = await db
        .select({ premier: schema.accompagnements.premierAccompagnement, beneficiaire: schema.beneficiaires })
        .from(schema.accompagnements)
        .innerJoin(schema.beneficiaires, eq(schema.beneficiaires.id, schema.accompagnements.beneficiaireId))
        .where(eq(schema.accompagnements.activiteId, response.body.activite.id));
      expect(lien).toMatchObject({
        premier: !dejaAccompagne,
        beneficiaire: {
          anonyme: true,
          attributionsAleatoires: false,
          commune: "Pessac",
          accompagnementsCount: 1,
        },
      });
    }
    // Anonymous bénéficiaires are not counted among the médiateur's bénéficiaires.
    expect((await mediateurRow()).beneficiairesCount).toBe(2);
    expect(await ecartsCompteurs(db)).toEqual({});
  });

  it("at a distance, the lieu is the employer's commune; the employer is the one valid at the date, else the nearest", async () => {
    const ancien = await creerStructure(db, {
      nom: "Ancien employeur",
      commune: "Mérignac",
      codePostal: "33700",
      codeInsee: "33281",
    });
    await db
      .update(schema.employesStructures)
      .set({ debutEmploi: "2024-01-01" })
      .where(eq(schema.employesStructures.userId, moi.userId));
    await db.insert(schema.employesStructures).values({
      userId: moi.userId,
      structureId: ancien.id,
      debutEmploi: "2019-01-01",
      finEmploi: "2023-12-31",
    });
    const cra = (date: string) =>
      moi.client.post(
        "/activites/individuel",
        individuel(moi, { date, typeLieu: "a_distance", structureId: undefined }),
      );

    const recent = await cra("2025-01-15");
    expect(recent.body.activite).toMatchObject({
      structureEmployeuseId: moi.employeur.id,
      lieuCommune: { nom: "Talence", codePostal: "33400", codeInsee: "33522" },
      structureId: null,
    });
    const avant = await cra("2023-06-01");
    expect(avant.body.activite).toMatchObject({
      structureEmployeuseId: ancien.id,
      lieuCommune: { nom: "Mérignac", codePostal: "33700", codeInsee: "33281" },
    });
    // Before any employment: the nearest one in time.
    const tresAncien = await cra("2010-06-01");
    expect(tresAncien.body.activite.structureEmployeuseId).toBe(ancien.id);
  });

  it("keeps only the allowed HTML in notes: scripts, handlers and javascript: links are removed", async () => {
    const response = await moi.client.post(
      "/activites/individuel",
      individuel(moi, {
        notes:
          '<p onclick="alert(1)">Bonjour<script>alert("x")</script> <a href="javascript:alert(1)">piège</a> ' +
          '<a href="https://www.service-public.fr" target="_blank">lien</a> <img src=x onerror=alert(1)><b>gras</b></p>',
      }),
    );
    expect(response.status).toBe(201);
    expect(response.body.activite.notes).toBe(
      '<p>Bonjour <a>piège</a> <a href="https://www.service-public.fr" rel="noopener noreferrer">lien</a> <strong>gras</strong></p>',
    );
    const stored = await ligne(response.body.activite.id);
    expect(stored.notes).not.toMatch(/script|onclick|onerror|javascript/);
  });

  it("drops what does not apply: démarche without its thématique, redirection without orientation, lieu of another type", async () => {
    const response = await moi.client.post(
      "/activites/individuel",
      individuel(moi, {
        typeLieu: "a_distance",
        structureId: moi.lieu.id,
        lieuCommune: { nom: "Pessac", codePostal: "33600", codeInsee: "33318" },
        precisionsDemarche: "Demande de RSA",
        orienteVersStructure: false,
        structureDeRedirection: "administration",
      }),
    );
    expect(response.status).toBe(201);
    const stored = await ligne(response.body.activite.id);
    expect(stored).toMatchObject({
      structureId: null,
      lieuCommune: "Talence",
      precisionsDemarche: null,
      orienteVersStructure: false,
      structureDeRedirection: null,
    });

    const demarche = await moi.client.post(
      "/activites/individuel",
      individuel(moi, {
        thematiques: ["aide_aux_demarches_administratives", "logement", "social_sante"],
        precisionsDemarche: "  Demande d'APL  ",
      }),
    );
    expect(demarche.status).toBe(201);
    expect(demarche.body.activite).toMatchObject({
      thematiques: ["aide_aux_demarches_administratives", "logement", "social_sante"],
      precisionsDemarche: "Demande d'APL",
    });
  });
});

describe("POST /activites/collectif", () => {
  it("links identified participants and creates one anonymous bénéficiaire per counted participant", async () => {
    const response = await moi.client.post(
      "/activites/collectif",
      collectif(moi, {
        participants: [moi.beneficiaires[0]!, moi.beneficiaires[1]!, moi.beneficiaires[1]!],
        participantsAnonymes: {
          total: 4,
          dejaAccompagne: 1,
          genres: { feminin: 2, masculin: 1 },
          tranches: { soixanteDixPlus: 3 },
          statuts: { retraite: 3, nonCommunique: 99 },
        },
      }),
    );
    expect(response.status).toBe(201);
    const activite = response.body.activite;
    expect(activite).toMatchObject({
      type: "collectif",
      titreAtelier: "Se protéger en ligne",
      niveau: "debutant",
      accompagnementsCount: 6,
      participants: [
        { id: moi.beneficiaires[1], prenom: "Karim", nom: "Benali" },
        { id: moi.beneficiaires[0], prenom: "Hélène", nom: "Dupont" },
      ],
      participantsAnonymes: {
        total: 4,
        dejaAccompagne: 1,
        genres: { feminin: 2, masculin: 1, nonCommunique: 1 },
        tranches: { soixanteDixPlus: 3, nonCommunique: 1, moinsDeDouze: 0 },
        statuts: { retraite: 3, nonCommunique: 1, scolarise: 0 },
      },
    });
    const anonymes = await db
      .select({ b: schema.beneficiaires, premier: schema.accompagnements.premierAccompagnement })
      .from(schema.accompagnements)
      .innerJoin(schema.beneficiaires, eq(schema.beneficiaires.id, schema.accompagnements.beneficiaireId))
      .where(eq(schema.accompagnements.activiteId, activite.id));
    const lesAnonymes = anonymes.filter(({ b }) => b.anonyme);
    expect(lesAnonymes).toHaveLength(4);
    expect(
      lesAnonymes.every(({ b }) => b.attributionsAleatoires && b.genre && b.trancheAge && b.statutSocial),
    ).toBe(true);
    expect(lesAnonymes.filter(({ premier }) => !premier)).toHaveLength(1);
    expect(lesAnonymes.filter(({ b }) => b.genre === "feminin")).toHaveLength(2);
    expect(await ecartsCompteurs(db)).toEqual({});
  });

  it("accepts an atelier of identified participants only, and one of 10 000 anonymous participants", async () => {
    const identifies = await moi.client.post(
      "/activites/collectif",
      collectif(moi, { participants: [moi.beneficiaires[0]!], participantsAnonymes: undefined }),
    );
    expect(identifies.status).toBe(201);
    expect(identifies.body.activite.participantsAnonymes.total).toBe(0);

    const grand = await moi.client.post(
      "/activites/collectif",
      collectif(moi, { participantsAnonymes: { total: 10_000, genres: { feminin: 5000 } } }),
    );
    expect(grand.status).toBe(201);
    expect(grand.body.activite).toMatchObject({
      accompagnementsCount: 10_000,
      participantsAnonymes: { total: 10_000, genres: { feminin: 5000, masculin: 0, nonCommunique: 5000 } },
    });
    expect(await ecartsCompteurs(db)).toEqual({});
  });
});
