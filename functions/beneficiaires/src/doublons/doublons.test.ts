import type { Database } from "@coop/db";
import type { TestDatabase } from "@coop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inserer, type MediateurDeTest, mediateurInscrit, preparer } from "../testing.ts";

let database: TestDatabase;
let db: Database;
let app: Awaited<ReturnType<typeof preparer>>["app"];
let moi: MediateurDeTest;

beforeAll(async () => {
  ({ database, db, app } = await preparer());
});
afterAll(() => database?.close());

type Valeurs = Parameters<typeof inserer>[2];

/** The pairs of a new médiateur who has just these two bénéficiaires. */
const paireEntre = async (a: Valeurs, b: Valeurs) => {
  moi = await mediateurInscrit(db, app);
  await inserer(db, moi.mediateurId, a);
  await inserer(db, moi.mediateurId, b);
  const response = await moi.client.get("/beneficiaires/doublons");
  expect(response.status).toBe(200);
  return response.body.paires as Array<{ a: object; b: object; criteres: string[] }>;
};

describe("GET /beneficiaires/doublons", () => {
  it("pairs similar last and first names (accents, case, spaces and hyphens ignored)", async () => {
    const paires = await paireEntre(
      { prenom: "Jean-Pierre", nom: "Le Goff", telephone: "+33611111111", anneeNaissance: 1950 },
      { prenom: "jean pierre", nom: "LEGOFF", email: "jp@exemple.fr" },
    );
    expect(paires).toHaveLength(1);
    expect(paires[0]).toEqual({
      a: expect.objectContaining({ prenom: expect.any(String), nom: expect.any(String) }),
      b: expect.objectContaining({ prenom: expect.any(String), nom: expect.any(String) }),
      criteres: ["nom", "prenom"],
    });
    expect([paires[0]!.a, paires[0]!.b]).toContainEqual({
      id: expect.any(String),
      prenom: "Jean-Pierre",
      nom: "Le Goff",
      telephone: "+33611111111",
      email: null,
      anneeNaissance: 1950,
    });
  });

  it("pairs a similar name with the same phone, or the same phone with the same e-mail", async () => {
    expect(
      (
        await paireEntre(
          { prenom: "Hélène", nom: "Durand", telephone: "+33612345678" },
          { prenom: "Marie", nom: "Durant", telephone: "+33612345678" },
        )
      ).map(({ criteres }) => criteres),
    ).toEqual([["nom", "telephone"]]);
  });

  it("pairs a similar first name with the same phone or e-mail, last names apart", async () => {
    const parTelephone = await paireEntre(
      { prenom: "Marie-Claire", nom: "Martin", telephone: "+33612345678" },
      { prenom: "Marie Claire", nom: "Nguyen", telephone: "+33612345678" },
    );
    expect(parTelephone.map(({ criteres }) => criteres)).toEqual([["prenom", "telephone"]]);
    const parEmail = await paireEntre(
      { prenom: "Mohamed", nom: "Benali", email: "m.b@exemple.fr" },
      { prenom: "Mohammed", nom: "Traoré", email: "M.B@exemple.fr" },
    );
    expect(parEmail.map(({ criteres }) => criteres)).toEqual([["prenom", "email"]]);
  });

  it("pairs the same phone and e-mail whatever the names", async () => {
    const paires = await paireEntre(
      { prenom: "Paul", nom: "Martin", telephone: "+33612345678", email: "famille@exemple.fr" },
      { prenom: "Zoé", nom: "Bernard", telephone: "+33612345678", email: "FAMILLE@exemple.fr" },
    );
    expect(paires.map(({ criteres }) => criteres)).toEqual([["telephone", "email"]]);
  });

  it("does not pair on one criterion alone", async () => {
    expect(await paireEntre({ prenom: "Paul", nom: "Durand" }, { prenom: "Zoé", nom: "Durand" })).toEqual([]);
    expect(
      await paireEntre(
        { prenom: "Paul", nom: "Martin", telephone: "+33612345678" },
        { prenom: "Zoé", nom: "Bernard", telephone: "+33612345678" },
      ),
    ).toEqual([]);
    expect(
      await paireEntre(
        { prenom: "Paul", nom: "Martin", email: "a@exemple.fr" },
        { prenom: "Zoé", nom: "Bernard", email: "a@exemple.fr" },
      ),
    ).toEqual([]);
    // Empty phones and e-mails are not "the same".
    expect(await paireEntre({ prenom: "Paul", nom: "Martin" }, { prenom: "Zoé", nom: "Bernard" })).toEqual(
      [],
    );
  });

  it("ignores deleted, anonymous and other médiateurs' bénéficiaires", async () => {
    moi = await mediateurInscrit(db, app);
    const autre = await mediateurInscrit(db, app);
    const meme = { prenom: "Hélène", nom: "Durand" };
    await inserer(db, moi.mediateurId, meme);
    await inserer(db, moi.mediateurId, { ...meme, suppression: new Date() });
    await inserer(db, moi.mediateurId, { ...meme, anonyme: true });
    await inserer(db, autre.mediateurId, meme);
    expect((await moi.client.get("/beneficiaires/doublons")).body.paires).toEqual([]);
  });
});
