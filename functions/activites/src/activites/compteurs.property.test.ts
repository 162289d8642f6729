import type { Database } from "@coop/db";
import { createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "../app.ts";
import { collectif, creerMediateur, ecartsCompteurs, individuel, type Mediateur } from "../test-fixtures.ts";

// Random sequences of valid CRAs — individuel and collectif, identified and anonymous bénéficiaires,
// created, edited, deleted — after each step of which every counter equals the rows and every
// `premier_accompagnement` is right. Bounded: 25 runs of at most 8 steps, one database for the file.

let database: TestDatabase;
let db: Database;
let app: ReturnType<typeof createActivitesApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  app = createActivitesApp({ db, security: testSecurity });
});
afterAll(() => database?.close());

const dateArb = fc.integer({ min: 0, max: 20 }).map((jours) => {
  const date = new Date(Date.UTC(2025, 0, 1 + jours));
  return date.toISOString().slice(0, 10);
});

const individuelArb = fc.record({
  type: fc.constant("individuel" as const),
  date: dateArb,
  beneficiaire: fc.option(fc.nat(1), { nil: null }),
  dejaAccompagne: fc.boolean(),
  typeLieu: fc.constantFrom("lieu_activite" as const, "a_distance" as const, "domicile" as const),
});

const collectifArb = fc
  .record({
    type: fc.constant("collectif" as const),
    date: dateArb,
    participants: fc.subarray([0, 1]),
    total: fc.nat(4),
    dejaAccompagne: fc.nat(4),
    feminin: fc.nat(4),
  })
  .filter((cra) => cra.participants.length + cra.total > 0)
  .map((cra) => ({
    ...cra,
    dejaAccompagne: Math.min(cra.dejaAccompagne, cra.total),
    feminin: Math.min(cra.feminin, cra.total),
  }));

type Contenu =
  typeof individuelArb extends fc.Arbitrary<infer I>
    ? I | (typeof collectifArb extends fc.Arbitrary<infer C> ? C : never)
    : never;

const etapeArb = fc.oneof(
  {
    arbitrary: fc.record({
      action: fc.constant("creer" as const),
      contenu: fc.oneof(individuelArb, collectifArb),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      action: fc.constant("modifier" as const),
      cible: fc.nat(),
      individuel: individuelArb,
      collectif: collectifArb,
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ action: fc.constant("supprimer" as const), cible: fc.nat() }), weight: 1 },
);

const corps = (moi: Mediateur, contenu: Contenu) => {
  if (contenu.type === "collectif") {
    return collectif(moi, {
      date: contenu.date,
      participants: contenu.participants.map((index) => moi.beneficiaires[index]!),
      participantsAnonymes: {
        total: contenu.total,
        dejaAccompagne: contenu.dejaAccompagne,
        genres: { feminin: contenu.feminin },
      },
    });
  }
  const lieu =
    contenu.typeLieu === "lieu_activite"
      ? {}
      : contenu.typeLieu === "domicile"
        ? { structureId: null, lieuCommune: { nom: "Pessac", codePostal: "33600", codeInsee: "33318" } }
        : { structureId: null };
  return individuel(moi, {
    date: contenu.date,
    typeLieu: contenu.typeLieu,
    ...lieu,
    ...(contenu.beneficiaire === null
      ? { beneficiaireAnonyme: { dejaAccompagne: contenu.dejaAccompagne } }
      : { beneficiaireId: moi.beneficiaires[contenu.beneficiaire] }),
  });
};

/** What GET /activites/:id must say about anonymous « déjà accompagné ». */
const dejaAttendu = (contenu: Contenu) =>
  contenu.type === "collectif"
    ? contenu.dejaAccompagne
    : contenu.beneficiaire === null
      ? contenu.dejaAccompagne
      : null;

const dejaLu = (activite: {
  type: string;
  participantsAnonymes?: { dejaAccompagne: number };
  beneficiaireAnonyme?: { dejaAccompagne: boolean } | null;
}) =>
  activite.type === "collectif"
    ? activite.participantsAnonymes!.dejaAccompagne
    : activite.beneficiaireAnonyme
      ? activite.beneficiaireAnonyme.dejaAccompagne
      : null;

describe(`counters and premier_accompagnement under random CRAs (${testDatabaseLabel()})`, () => {
  it("stay exact after every create, edit and delete", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(etapeArb, { minLength: 1, maxLength: 8 }), async (etapes) => {
        const moi = await creerMediateur(db, app);
        const vivantes: { id: string; contenu: Contenu }[] = [];
        for (const etape of etapes) {
          if (etape.action === "creer") {
            const response = await moi.client.post(
              `/activites/${etape.contenu.type}`,
              corps(moi, etape.contenu),
            );
            expect(response.status, JSON.stringify(response.body)).toBe(201);
            vivantes.push({ id: response.body.activite.id, contenu: etape.contenu });
          } else if (vivantes.length > 0) {
            const index = etape.cible % vivantes.length;
            const cible = vivantes[index]!;
            if (etape.action === "supprimer") {
              expect((await moi.client.delete(`/activites/${cible.id}`)).status).toBe(204);
              vivantes.splice(index, 1);
            } else {
              const contenu = cible.contenu.type === "individuel" ? etape.individuel : etape.collectif;
              const response = await moi.client.put(`/activites/${cible.id}`, corps(moi, contenu));
              expect(response.status, JSON.stringify(response.body)).toBe(200);
              cible.contenu = contenu;
            }
          }
          expect(await ecartsCompteurs(db)).toEqual({});
          for (const { id, contenu } of vivantes) {
            const { body } = await moi.client.get(`/activites/${id}`);
            expect(dejaLu(body.activite)).toBe(dejaAttendu(contenu));
          }
        }
        const liste = await moi.client.get("/activites?lignes=100");
        expect(liste.body.total).toBe(vivantes.length);
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });
});
