import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recalculerCompteurs, recalculerPremiersAccompagnements } from "./compteurs.ts";
import type { Database } from "./database.ts";
import { accompagnements, activites, beneficiaires, mediateurs, structures, users } from "./schema/index.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(() => database?.close());

const nouveauMediateur = async (email: string) => {
  const [user] = await db.insert(users).values({ email }).returning();
  const [mediateur] = await db.insert(mediateurs).values({ userId: user!.id }).returning();
  return mediateur!.id;
};

describe(`recalculerCompteurs and recalculerPremiersAccompagnements (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("recomputes every counter and the first accompagnement of identified bénéficiaires only", async () => {
    const mediateurId = await nouveauMediateur("compteurs@exemple.fr");
    const autre = await nouveauMediateur("autre-compteurs@exemple.fr");
    const [lieu] = await db
      .insert(structures)
      .values({ nom: "Lieu", adresse: "1 rue", commune: "Lyon", codePostal: "69001" })
      .returning();
    const [suivi, anonyme, supprime] = await db
      .insert(beneficiaires)
      .values([
        { mediateurId, prenom: "Ada", nom: "Lovelace" },
        { mediateurId, anonyme: true },
        { mediateurId, anonyme: true, suppression: new Date() },
      ])
      .returning();
    await db.insert(beneficiaires).values({ mediateurId: autre, prenom: "Autre", nom: "Personne" });
    const cra = (date: string, suppression: Date | null = null) => ({
      type: "individuel" as const,
      mediateurId,
      date,
      duree: 30,
      typeLieu: "lieu_activite" as const,
      structureId: lieu!.id,
      suppression,
    });
    const [tard, tot, efface] = await db
      .insert(activites)
      .values([cra("2026-03-02"), cra("2026-03-01"), cra("2026-01-01", new Date())])
      .returning();
    await db.insert(accompagnements).values([
      { beneficiaireId: suivi!.id, activiteId: tard!.id, premierAccompagnement: true },
      { beneficiaireId: suivi!.id, activiteId: tot!.id },
      { beneficiaireId: suivi!.id, activiteId: efface!.id, premierAccompagnement: true },
      { beneficiaireId: anonyme!.id, activiteId: tot!.id, premierAccompagnement: false },
      { beneficiaireId: supprime!.id, activiteId: tard!.id },
    ]);

    await db.transaction(async (tx) => {
      await recalculerCompteurs(tx, {
        mediateurId,
        beneficiaireIds: [suivi!.id, anonyme!.id, supprime!.id],
        activiteIds: [tard!.id, tot!.id, efface!.id],
        structureIds: [lieu!.id],
      });
      await recalculerPremiersAccompagnements(tx, [suivi!.id, anonyme!.id, supprime!.id]);
    });

    const [moi] = await db.select().from(mediateurs).where(eq(mediateurs.id, mediateurId));
    expect(moi).toMatchObject({ activitesCount: 2, accompagnementsCount: 4, beneficiairesCount: 1 });
    const [lui] = await db.select().from(mediateurs).where(eq(mediateurs.id, autre));
    expect(lui).toMatchObject({ activitesCount: 0, beneficiairesCount: 0 });
    const comptes = Object.fromEntries(
      (await db.select().from(beneficiaires).where(eq(beneficiaires.mediateurId, mediateurId))).map((b) => [
        b.id,
        b.accompagnementsCount,
      ]),
    );
    expect(comptes).toEqual({ [suivi!.id]: 2, [anonyme!.id]: 1, [supprime!.id]: 1 });
    const parActivite = Object.fromEntries(
      (await db.select().from(activites).where(eq(activites.mediateurId, mediateurId))).map((a) => [
        a.id,
        a.accompagnementsCount,
      ]),
    );
    expect(parActivite).toEqual({ [tard!.id]: 2, [tot!.id]: 2, [efface!.id]: 1 });
    const [structure] = await db.select().from(structures).where(eq(structures.id, lieu!.id));
    expect(structure!.activitesCount).toBe(2);

    const premiers = await db
      .select({
        b: accompagnements.beneficiaireId,
        a: accompagnements.activiteId,
        p: accompagnements.premierAccompagnement,
      })
      .from(accompagnements);
    const premier = (b: string, a: string) => premiers.find((row) => row.b === b && row.a === a)?.p;
    expect(premier(suivi!.id, tot!.id)).toBe(true);
    expect(premier(suivi!.id, tard!.id)).toBe(false);
    expect(premier(suivi!.id, efface!.id)).toBe(false);
    expect(premier(anonyme!.id, tot!.id)).toBe(false);
    expect(premier(supprime!.id, tard!.id)).toBe(true);
  });

  it("refuses an id that is not a uuid rather than sending it", async () => {
    await expect(
      recalculerPremiersAccompagnements(db, ["1}'; drop table coop.activites; --"]),
    ).rejects.toThrow("Identifiant invalide");
  });
});
