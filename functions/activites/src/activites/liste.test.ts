import { type Database, schema } from "@coop/db";
import { createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "../app.ts";
import { collectif, creerMediateur, individuel, type Mediateur } from "../test-fixtures.ts";

let database: TestDatabase;
let db: Database;
let app: ReturnType<typeof createActivitesApp>;
let moi: Mediateur;
const ids: Record<string, string> = {};
let tagId: string;

type Ligne = { id: string };
const idsDe = (body: { activites: Ligne[] }) => body.activites.map((ligne) => ligne.id);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  app = createActivitesApp({ db, security: testSecurity });
  moi = await creerMediateur(db, app);
  const [tag] = await db
    .insert(schema.tags)
    .values({ nom: "Numérique seniors", mediateurId: moi.mediateurId })
    .returning();
  tagId = tag!.id;
  const creer = async (nom: string, chemin: string, corps: unknown) => {
    const response = await moi.client.post(chemin, corps);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    ids[nom] = response.body.activite.id;
  };
  await creer(
    "helene",
    "/activites/individuel",
    individuel(moi, { date: "2025-01-05", duree: 30, beneficiaireId: moi.beneficiaires[0], tags: [tagId] }),
  );
  await creer(
    "domicile",
    "/activites/individuel",
    individuel(moi, {
      date: "2025-02-05",
      duree: 90,
      typeLieu: "domicile",
      structureId: null,
      lieuCommune: { nom: "Ajaccio", codePostal: "20000", codeInsee: "2A004" },
      thematiques: ["aide_aux_demarches_administratives", "logement"],
    }),
  );
  await creer(
    "atelier",
    "/activites/collectif",
    collectif(moi, {
      date: "2025-03-05",
      duree: 120,
      titreAtelier: "Découvrir l'IA",
      participants: [moi.beneficiaires[1]!],
    }),
  );
  await creer(
    "distance",
    "/activites/individuel",
    individuel(moi, { date: "2025-04-05", duree: 15, typeLieu: "a_distance", structureId: null }),
  );
  const supprimee = await moi.client.post("/activites/individuel", individuel(moi, { date: "2025-05-05" }));
  await moi.client.delete(`/activites/${supprimee.body.activite.id}`);
});
afterAll(() => database?.close());

describe(`GET /activites (${testDatabaseLabel()})`, () => {
  it("lists non-deleted activités, latest date first, summarised for the table", async () => {
    const response = await moi.client.get("/activites");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 4, page: 1, lignes: 20 });
    expect(idsDe(response.body)).toEqual([ids.distance, ids.atelier, ids.domicile, ids.helene]);
    const [distance, atelier, domicile, helene] = response.body.activites;
    expect(helene).toEqual({
      id: ids.helene,
      type: "individuel",
      date: "2025-01-05",
      duree: 30,
      typeLieu: "lieu_activite",
      lieu: "Médiathèque Mériadeck",
      titreAtelier: null,
      beneficiaireId: moi.beneficiaires[0],
      beneficiaire: "Hélène Dupont",
      participantsCount: null,
      thematiques: ["email", "navigation_sur_internet"],
      tags: [{ id: tagId, nom: "Numérique seniors" }],
      creation: expect.any(String),
      modification: expect.any(String),
    });
    expect(atelier).toMatchObject({
      type: "collectif",
      titreAtelier: "Découvrir l'IA",
      beneficiaire: null,
      participantsCount: 4,
    });
    expect(domicile).toMatchObject({ lieu: "Ajaccio", beneficiaire: "Bénéficiaire anonyme" });
    expect(distance).toMatchObject({ lieu: "Talence", typeLieu: "a_distance" });
  });

  it("filters by period, type, lieu, commune, département, thématiques, tags, bénéficiaires and search", async () => {
    const cas: [string, (string | undefined)[]][] = [
      ["du=2025-02-01&au=2025-03-31", [ids.atelier, ids.domicile]],
      ["types=collectif", [ids.atelier]],
      ["types=individuel,inconnu", [ids.distance, ids.domicile, ids.helene]],
      [`lieux=${moi.lieu.id}`, [ids.atelier, ids.helene]],
      ["communes=33063", [ids.atelier, ids.helene]],
      ["communes=2a004", [ids.domicile]],
      ["departements=33", [ids.distance, ids.atelier, ids.helene]],
      ["departements=2A,99x", [ids.domicile]],
      ["thematiqueAdministratives=logement", [ids.domicile]],
      ["thematiqueNonAdministratives=securite_numerique,email", [ids.distance, ids.atelier, ids.helene]],
      [`tags=${tagId}`, [ids.helene]],
      [`beneficiaires=${moi.beneficiaires[1]}`, [ids.atelier]],
      ["recherche=helene", [ids.helene]],
      ["recherche=DÉCOUVRIR   ia", [ids.atelier]],
      ["recherche=ajaccio", [ids.domicile]],
      ["recherche=100%25", []],
    ];
    for (const [query, attendus] of cas) {
      const response = await moi.client.get(`/activites?${query}`);
      expect(response.status, query).toBe(200);
      expect(idsDe(response.body), query).toEqual(attendus);
      expect(response.body.total, query).toBe(attendus.length);
    }
  });

  it("drops invalid filter values instead of refusing the request", async () => {
    const response = await moi.client.get(
      "/activites?du=hier&au=2025-13-45&types=x&lieux=pas-un-id&communes=abc&departements=zz&tags=1&beneficiaires=2&thematiqueAdministratives=cuisine&tri=nom&ordre=n&page=-1&lignes=1000",
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 4, page: 1, lignes: 20 });
  });

  it("sorts by date, durée or creation, both ways, and pages", async () => {
    const duree = await moi.client.get("/activites?tri=duree&ordre=asc");
    expect(idsDe(duree.body)).toEqual([ids.distance, ids.helene, ids.domicile, ids.atelier]);
    const creation = await moi.client.get("/activites?tri=creation&ordre=asc");
    expect(idsDe(creation.body)).toEqual([ids.helene, ids.domicile, ids.atelier, ids.distance]);
    const date = await moi.client.get("/activites?tri=date&ordre=asc");
    expect(idsDe(date.body)).toEqual([ids.helene, ids.domicile, ids.atelier, ids.distance]);
    const page2 = await moi.client.get("/activites?lignes=3&page=2");
    expect(page2.body).toMatchObject({ total: 4, page: 2, lignes: 3 });
    expect(idsDe(page2.body)).toEqual([ids.helene]);
    const audela = await moi.client.get("/activites?lignes=3&page=5");
    expect(audela.body).toMatchObject({ activites: [], total: 4, page: 5 });
  });
});

describe("GET /activites/durees-frequentes", () => {
  it("offers durations used more than 5 times, the 10 most used, shortest first", async () => {
    expect((await moi.client.get("/activites/durees-frequentes")).body).toEqual({ durees: [] });
    for (const duree of [25, 25, 25, 25, 25, 25, 200, 200, 200, 200, 200, 200, 50, 50, 50, 50, 50]) {
      await moi.client.post("/activites/individuel", individuel(moi, { duree }));
    }
    expect((await moi.client.get("/activites/durees-frequentes")).body).toEqual({ durees: [25, 200] });
  });
});
