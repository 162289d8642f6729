import type { Database } from "@coop/db";
import type { TestDatabase } from "@coop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activite, inserer, type MediateurDeTest, preparer } from "../testing.ts";

let database: TestDatabase;
let db: Database;
let moi: MediateurDeTest;
let autre: MediateurDeTest;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ database, db, moi, autre } = await preparer());
  const personnes = [
    {
      cle: "helene",
      prenom: "Hélène",
      nom: "Durand",
      commune: "Saint-Étienne",
      communeCodePostal: "42000",
      email: "helene@exemple.fr",
      anneeNaissance: 1950,
    },
    {
      cle: "etienne",
      prenom: "Étienne",
      nom: "Bernard",
      commune: "Lyon",
      communeCodePostal: "69003",
      anneeNaissance: 1990,
    },
    {
      cle: "zoe",
      prenom: "Zoé",
      nom: "durand",
      commune: "Lyon",
      communeCodePostal: "69007",
      email: "zoe.d@exemple.fr",
    },
    {
      cle: "adam",
      prenom: "Adam",
      nom: "Ézéchiel",
      commune: "Marseille",
      communeCodePostal: "13001",
      anneeNaissance: 2001,
    },
  ];
  for (const { cle, ...valeurs } of personnes) ids[cle] = (await inserer(db, moi.mediateurId, valeurs)).id;
  // Adam has two accompagnements, Hélène one.
  await activite(db, moi.mediateurId, [ids.adam!, ids.helene!]);
  await activite(db, moi.mediateurId, [ids.adam!]);
  // Never listed: anonymous, deleted, another médiateur's.
  await inserer(db, moi.mediateurId, { anonyme: true, prenom: null, nom: null, commune: "Lyon" });
  await inserer(db, moi.mediateurId, { nom: "Durand", prenom: "Supprimée", suppression: new Date() });
  await inserer(db, autre.mediateurId, { nom: "Durand", prenom: "Chez l'autre", commune: "Lyon" });
});
afterAll(() => database?.close());

const noms = (body: { beneficiaires: Array<{ prenom: string; nom: string }> }) =>
  body.beneficiaires.map(({ prenom, nom }) => `${prenom} ${nom}`);

describe("GET /beneficiaires", () => {
  it("lists the médiateur's identified bénéficiaires by name, with the list's fields", async () => {
    const response = await moi.client.get("/beneficiaires");
    expect(response.status).toBe(200);
    expect(noms(response.body)).toEqual(["Étienne Bernard", "Hélène Durand", "Zoé durand", "Adam Ézéchiel"]);
    expect(response.body).toMatchObject({ total: 4, page: 1, lignes: 20 });
    expect(Object.keys(response.body.beneficiaires[0]).sort()).toEqual(
      [
        "accompagnementsCount",
        "anneeNaissance",
        "commune",
        "communeCodePostal",
        "creation",
        "email",
        "id",
        "nom",
        "prenom",
        "telephone",
      ].sort(),
    );
  });

  it("matches every word, case and accents ignored, in names, commune, e-mail or postal code", async () => {
    const chercher = async (recherche: string) =>
      noms((await moi.client.get(`/beneficiaires?recherche=${encodeURIComponent(recherche)}`)).body);
    expect(await chercher("DURAND")).toEqual(["Hélène Durand", "Zoé durand"]);
    expect(await chercher("helene")).toEqual(["Hélène Durand"]);
    expect(await chercher("etienne")).toEqual(["Étienne Bernard", "Hélène Durand"]);
    expect(await chercher("durand lyon")).toEqual(["Zoé durand"]);
    expect(await chercher("  lyon   6900 ")).toEqual(["Étienne Bernard", "Zoé durand"]);
    expect(await chercher("zoe.d@")).toEqual(["Zoé durand"]);
    expect(await chercher("13001")).toEqual(["Adam Ézéchiel"]);
    expect(await chercher("%")).toEqual([]);
    const total = await moi.client.get("/beneficiaires?recherche=durand");
    expect(total.body.total).toBe(2);
  });

  it("sorts by first name, birth year or accompagnements, either way", async () => {
    const trier = async (query: string) => noms((await moi.client.get(`/beneficiaires?${query}`)).body);
    expect(await trier("tri=prenom")).toEqual([
      "Adam Ézéchiel",
      "Étienne Bernard",
      "Hélène Durand",
      "Zoé durand",
    ]);
    expect(await trier("tri=nom&ordre=desc")).toEqual([
      "Adam Ézéchiel",
      "Zoé durand",
      "Hélène Durand",
      "Étienne Bernard",
    ]);
    // Unknown years last, whichever the direction.
    expect(await trier("tri=anneeNaissance")).toEqual([
      "Hélène Durand",
      "Étienne Bernard",
      "Adam Ézéchiel",
      "Zoé durand",
    ]);
    expect(await trier("tri=anneeNaissance&ordre=desc")).toEqual([
      "Adam Ézéchiel",
      "Étienne Bernard",
      "Hélène Durand",
      "Zoé durand",
    ]);
    const parAccompagnements = await moi.client.get("/beneficiaires?tri=accompagnementsCount&ordre=desc");
    expect(noms(parAccompagnements.body)).toEqual([
      "Adam Ézéchiel",
      "Hélène Durand",
      "Étienne Bernard",
      "Zoé durand",
    ]);
    expect(
      parAccompagnements.body.beneficiaires.map(
        (b: { accompagnementsCount: number }) => b.accompagnementsCount,
      ),
    ).toEqual([2, 1, 0, 0]);
  });

  it("pages with `page` and `lignes`, pages never overlapping", async () => {
    const premiere = await moi.client.get("/beneficiaires?lignes=3");
    const seconde = await moi.client.get("/beneficiaires?lignes=3&page=2");
    expect(noms(premiere.body)).toEqual(["Étienne Bernard", "Hélène Durand", "Zoé durand"]);
    expect(noms(seconde.body)).toEqual(["Adam Ézéchiel"]);
    expect(seconde.body).toMatchObject({ total: 4, page: 2, lignes: 3 });
    expect((await moi.client.get("/beneficiaires?page=9")).body).toMatchObject({
      beneficiaires: [],
      total: 4,
    });
  });

  it("answers 400 for a bad sort, order, page or row count", async () => {
    for (const query of ["tri=email", "ordre=haut", "page=0", "page=x", "lignes=101", "lignes=0"]) {
      const response = await moi.client.get(`/beneficiaires?${query}`);
      expect(response.status, query).toBe(400);
      expect(Object.keys(response.body.error.fields), query).toHaveLength(1);
    }
  });
});

describe("GET /beneficiaires/recherche", () => {
  it("finds the médiateur's bénéficiaires for the CRA combobox, without those already picked", async () => {
    const response = await moi.client.get("/beneficiaires/recherche?q=durand");
    expect(response.status).toBe(200);
    expect(noms(response.body)).toEqual(["Hélène Durand", "Zoé durand"]);
    const sansHelene = await moi.client.get(
      `/beneficiaires/recherche?q=durand&exclure=${ids.helene},${ids.adam}`,
    );
    expect(noms(sansHelene.body)).toEqual(["Zoé durand"]);
    expect((await moi.client.get("/beneficiaires/recherche")).body.beneficiaires).toHaveLength(4);
  });

  it("answers at most 10, and 400 for an invalid excluded id", async () => {
    for (let index = 0; index < 11; index += 1)
      await inserer(db, moi.mediateurId, { nom: `Nombreux ${index}` });
    expect((await moi.client.get("/beneficiaires/recherche?q=nombreux")).body.beneficiaires).toHaveLength(10);
    const response = await moi.client.get("/beneficiaires/recherche?exclure=pas-un-id");
    expect(response.status).toBe(400);
  });
});
