import { type Database, schema } from "@coop/db";
import { countRows, type TestDatabase } from "@coop/db/testing";
import { anneeCourante } from "@coop/domain";
import { testSecurity } from "@coop/http/testing";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compteursDe, compteursFaux, type MediateurDeTest, preparer } from "../testing.ts";

let database: TestDatabase;
let db: Database;
let app: Awaited<ReturnType<typeof preparer>>["app"];
let moi: MediateurDeTest;
let autre: MediateurDeTest;
let modele: ArrayBuffer;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

beforeAll(async () => {
  ({ database, db, app, moi, autre } = await preparer());
  const response = await app.request("/beneficiaires/import/modele", { headers: { cookie: moi.cookie } });
  modele = await response.arrayBuffer();
});
afterAll(() => database?.close());

/** The template filled with these rows from row 4 (cells in the 10 columns' order). */
const classeur = async (lignes: Array<Array<string | number | null>>) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(modele);
  const feuille = workbook.getWorksheet("Bénéficiaires")!;
  lignes.forEach((valeurs, index) => {
    feuille.getRow(4 + index).values = valeurs;
  });
  return workbook.xlsx.writeBuffer();
};

const envoyer = (
  chemin: string,
  contenu: BlobPart,
  { nom = "beneficiaires.xlsx", type = XLSX, cookie = moi.cookie } = {},
) => {
  const formulaire = new FormData();
  formulaire.set("file", new File([contenu], nom, { type }));
  return app.request(`/beneficiaires/import${chemin}`, {
    method: "POST",
    headers: { cookie, origin: testSecurity.publicUrl },
    body: formulaire,
  });
};

const compter = () => countRows(db, schema.beneficiaires, schema.mutations);

describe("GET /beneficiaires/import/modele", () => {
  it("serves the template: sheet « Bénéficiaires », header block in rows 1–3, the 10 columns", async () => {
    const response = await app.request("/beneficiaires/import/modele", { headers: { cookie: moi.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(XLSX);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="coop-numerique_import-beneficiaires.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const feuille = workbook.getWorksheet("Bénéficiaires")!;
    expect(feuille).toBeDefined();
    expect(feuille.getCell(1, 1).text).toContain("Import de bénéficiaires");
    expect((feuille.getRow(3).values as unknown[]).slice(1)).toEqual([
      "Nom*",
      "Prénom*",
      "Année de naissance",
      "Commune",
      "Code INSEE",
      "Code postal",
      "Numéro de téléphone",
      "E-mail",
      "Genre",
      "Notes supplémentaires",
    ]);
    expect(feuille.getRow(4).cellCount).toBe(0);
  });
});

describe("POST /beneficiaires/import", () => {
  const lignesValides = [
    [
      "Durand",
      "Hélène",
      1950,
      "Saint-Étienne",
      "42218",
      "42000",
      "06 12 34 56 78",
      "Helene@Exemple.fr",
      "F",
      "Suit les <démarches> CAF\nà revoir",
    ],
    ["Martin", "Paul", "1990", "", "", "69003", "", "", "masculin", ""],
    ["Bernard", "Zoé", null, "Ajaccio", "", "", "", "", "", ""],
    ["Petit", "Léo", null, null, "1053", "1000", null, null, "n", null],
  ];

  it("round-trips the template: every row created in one go, counted and audited with the count only", async () => {
    const avant = await compteursDe(db, moi.mediateurId);
    const contenu = await classeur(lignesValides);

    const analyse = await envoyer("/analyse", contenu);
    expect(analyse.status).toBe(200);
    const rapport = await analyse.json();
    expect(rapport).toMatchObject({ valides: 4, invalides: 0 });
    expect(rapport.lignes[0]).toEqual({
      numero: 4,
      valeurs: {
        nom: "Durand",
        prenom: "Hélène",
        anneeNaissance: "1950",
        commune: "Saint-Étienne",
        codeInsee: "42218",
        codePostal: "42000",
        telephone: "06 12 34 56 78",
        email: "Helene@Exemple.fr",
        genre: "F",
        notes: "Suit les <démarches> CAF\nà revoir",
      },
      erreurs: {},
    });
    expect(await compteursDe(db, moi.mediateurId)).toEqual(avant);

    const response = await envoyer("", contenu);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ crees: 4 });

    const crees = await db
      .select()
      .from(schema.beneficiaires)
      .where(eq(schema.beneficiaires.mediateurId, moi.mediateurId))
      .orderBy(schema.beneficiaires.nom);
    expect(crees.map(({ nom }) => nom)).toEqual(["Bernard", "Durand", "Martin", "Petit"]);
    const [bernard, durand, martin, petit] = crees;
    expect(durand).toMatchObject({
      prenom: "Hélène",
      anneeNaissance: 1950,
      trancheAge: anneeCourante() - 1950 >= 70 ? "soixante_dix_plus" : "soixante_soixante_neuf",
      commune: "Saint-Étienne",
      communeCodeInsee: "42218",
      communeCodePostal: "42000",
      telephone: "+33612345678",
      email: "helene@exemple.fr",
      genre: "feminin",
      statutSocial: "non_communique",
      notes: "<p>Suit les &lt;démarches&gt; CAF<br>à revoir</p>",
      import: expect.any(Date),
      anonyme: false,
    });
    expect(martin).toMatchObject({
      genre: "masculin",
      anneeNaissance: 1990,
      communeCodeInsee: "69123",
      commune: "Lyon",
    });
    expect(bernard).toMatchObject({
      communeCodeInsee: "2A004",
      communeCodePostal: null,
      genre: "non_communique",
    });
    // Leading zeros lost by Excel are restored.
    expect(petit).toMatchObject({
      communeCodeInsee: "01053",
      communeCodePostal: "01000",
      genre: "non_communique",
    });
    expect(new Set(crees.map((beneficiaire) => beneficiaire.import?.getTime())).size).toBe(1);

    const apres = await compteursDe(db, moi.mediateurId);
    expect(apres.beneficiaires).toBe(avant.beneficiaires + 4);
    expect(apres.derniereCreation).toBeInstanceOf(Date);
    expect(await compteursFaux(db)).toEqual([]);
    const [audit] = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "importer_beneficiaires"));
    expect(audit).toMatchObject({ userId: moi.userId, data: { mediateurId: moi.mediateurId, nombre: 4 } });
    // The other médiateur is untouched.
    expect((await compteursDe(db, autre.mediateurId)).beneficiaires).toBe(0);
  });

  it("flags each bad cell, and a file with one bad row writes nothing", async () => {
    const contenu = await classeur([
      lignesValides[0]!,
      ["", "Sans nom", 1899, "Lyon", "99999", "", "12", "pas-un-email", "X", ""],
      ["Nom", "", "19xx", "Marseille", "42218", "69003", "", "", "", ""],
      ["Code", "Postal", "", "Lyon", "", "42000", "", "", "", ""],
      lignesValides[1]!,
    ]);
    const analyse = await envoyer("/analyse", contenu);
    expect(analyse.status).toBe(200);
    const rapport = await analyse.json();
    expect(rapport).toMatchObject({ valides: 2, invalides: 3 });
    expect(rapport.lignes.map(({ numero }: { numero: number }) => numero)).toEqual([4, 5, 6, 7, 8]);
    expect(Object.keys(rapport.lignes[1].erreurs).sort()).toEqual(
      ["anneeNaissance", "codeInsee", "email", "genre", "nom", "telephone"].sort(),
    );
    expect(rapport.lignes[2].erreurs).toEqual({
      prenom: "Le prénom est obligatoire.",
      anneeNaissance: expect.stringContaining("4 chiffres"),
      codePostal: "Le code postal 69003 n'est pas celui de Saint-Étienne.",
      commune: "Le code INSEE 42218 est celui de Saint-Étienne.",
    });
    expect(rapport.lignes[3].erreurs).toEqual({ commune: "Cette commune n'a pas le code postal 42000." });

    const avant = await compter();
    const response = await envoyer("", contenu);
    expect(response.status).toBe(400);
    const refus = await response.json();
    expect(refus.error.code).toBe("validation_error");
    expect(refus).toMatchObject({ valides: 2, invalides: 3, lignes: rapport.lignes });
    expect(await compter()).toEqual(avant);
  });

  it("refuses what is not an .xlsx workbook, and a request that is not multipart", async () => {
    const avant = await compter();
    const texte = await envoyer("", "nom;prenom\nDurand;Hélène", {
      nom: "beneficiaires.csv",
      type: "text/csv",
    });
    expect(texte.status).toBe(415);
    const deguise = await envoyer("/analyse", "pas un zip", { nom: "beneficiaires.xlsx" });
    expect(deguise.status).toBe(415);
    const zipQuelconque = await envoyer("", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    expect(zipQuelconque.status).toBe(400);
    const json = await moi.client.post("/beneficiaires/import", { file: "x" });
    expect(json.status).toBe(415);
    const sansFichier = await app.request("/beneficiaires/import", {
      method: "POST",
      headers: { cookie: moi.cookie, origin: testSecurity.publicUrl },
      body: new FormData(),
    });
    expect(sansFichier.status).toBe(400);
    expect((await sansFichier.json()).error.fields).toEqual({ file: "Choisissez le fichier à importer." });
    expect(await compter()).toEqual(avant);
  });

  it("refuses a file without rows, and one without the « Bénéficiaires » sheet", async () => {
    const avant = await compter();
    const vide = await classeur([]);
    const analyse = await envoyer("/analyse", vide);
    expect(await analyse.json()).toEqual({ lignes: [], valides: 0, invalides: 0 });
    const response = await envoyer("", vide);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("aucun bénéficiaire");

    const autreFeuille = new ExcelJS.Workbook();
    autreFeuille.addWorksheet("Feuil1").getRow(4).values = ["Durand", "Hélène"];
    const sansFeuille = await envoyer("", await autreFeuille.xlsx.writeBuffer());
    expect(sansFeuille.status).toBe(400);
    expect((await sansFeuille.json()).error.message).toContain("« Bénéficiaires »");
    expect(await compter()).toEqual(avant);
  });

  it("stops at the first empty row", async () => {
    const contenu = await classeur([lignesValides[0]!, [], lignesValides[1]!]);
    const rapport = await (await envoyer("/analyse", contenu)).json();
    expect(rapport.lignes).toHaveLength(1);
  });
});
