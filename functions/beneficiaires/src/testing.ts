import { type Database, recalculerCompteurs, recalculerPremiersAccompagnements, schema } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { testClient, testSecurity, testSession } from "@coop/http/testing";
import { eq, sql } from "drizzle-orm";
import { createBeneficiairesApp } from "./app.ts";

// What the tests of this function share: a fresh database per file, médiateurs with a validated
// inscription, and activités written the way the activités function writes them.

let compteur = 0;

/** A médiateur with a validated inscription and a live session, and a client acting as them. */
export const mediateurInscrit = async (db: Database, app: ReturnType<typeof createBeneficiairesApp>) => {
  compteur += 1;
  const session = await testSession(
    db,
    { email: `mediateur-${compteur}-${Date.now()}@coop-test.fr`, inscriptionValidee: new Date() },
    { mediateur: true },
  );
  return {
    userId: session.user.id,
    mediateurId: session.mediateurId!,
    cookie: session.cookie,
    client: testClient(app, session.cookie),
  };
};
export type MediateurDeTest = Awaited<ReturnType<typeof mediateurInscrit>>;

/** The database and app of one test file, with two médiateurs. */
export const preparer = async () => {
  const database: TestDatabase = await createTestDatabase();
  const app = createBeneficiairesApp({ db: database.db, security: testSecurity });
  const moi = await mediateurInscrit(database.db, app);
  const autre = await mediateurInscrit(database.db, app);
  return { database, db: database.db, app, moi, autre };
};

/** A bénéficiaire written directly (identified unless told otherwise). */
export const inserer = async (
  db: Database,
  mediateurId: string,
  valeurs: Partial<typeof schema.beneficiaires.$inferInsert> = {},
) => {
  const [beneficiaire] = await db
    .insert(schema.beneficiaires)
    .values({ prenom: "Camille", nom: "Martin", ...valeurs, mediateurId })
    .returning();
  await recalculerCompteurs(db, { mediateurId, beneficiaireIds: [beneficiaire!.id] });
  return beneficiaire!;
};

/** An activité with its accompagnements, counters and "premier" recomputed as the activités function does. */
export const activite = async (
  db: Database,
  mediateurId: string,
  beneficiaireIds: string[],
  valeurs: Partial<typeof schema.activites.$inferInsert> = {},
) => {
  const [cree] = await db
    .insert(schema.activites)
    .values({
      type: beneficiaireIds.length > 1 ? "collectif" : "individuel",
      date: "2026-03-10",
      duree: 60,
      typeLieu: "domicile",
      lieuCommune: "Lyon",
      lieuCodePostal: "69003",
      lieuCodeInsee: "69123",
      thematiques: ["email"],
      ...valeurs,
      mediateurId,
    })
    .returning();
  if (beneficiaireIds.length > 0) {
    await db
      .insert(schema.accompagnements)
      .values(beneficiaireIds.map((beneficiaireId) => ({ beneficiaireId, activiteId: cree!.id })));
  }
  await recalculerCompteurs(db, { mediateurId, beneficiaireIds, activiteIds: [cree!.id] });
  await recalculerPremiersAccompagnements(db, beneficiaireIds);
  return cree!;
};

/** A médiateur's counters. */
export const compteursDe = async (db: Database, mediateurId: string) => {
  const [mediateur] = await db
    .select({
      beneficiaires: schema.mediateurs.beneficiairesCount,
      accompagnements: schema.mediateurs.accompagnementsCount,
      activites: schema.mediateurs.activitesCount,
      derniereCreation: schema.mediateurs.derniereCreationBeneficiaire,
    })
    .from(schema.mediateurs)
    .where(eq(schema.mediateurs.id, mediateurId));
  return mediateur!;
};

/** Counters that disagree with the rows, anywhere in the database: [] when all are exact. */
export const compteursFaux = async (db: Database) => {
  const { rows } = await db.execute<{ quoi: string; id: string }>(sql`
    select 'mediateur' as quoi, m.id from coop.mediateurs m
    where m.beneficiaires_count <> (select count(*) from coop.beneficiaires b
        where b.mediateur_id = m.id and not b.anonyme and b.suppression is null)
      or m.accompagnements_count <> (select count(*) from coop.accompagnements ac
        join coop.activites a on a.id = ac.activite_id where a.mediateur_id = m.id and a.suppression is null)
    union all
    select 'beneficiaire', b.id from coop.beneficiaires b
    where b.accompagnements_count <> (select count(*) from coop.accompagnements ac
        join coop.activites a on a.id = ac.activite_id where ac.beneficiaire_id = b.id and a.suppression is null)
    union all
    select 'activite', a.id from coop.activites a
    where a.accompagnements_count <> (select count(*) from coop.accompagnements ac where ac.activite_id = a.id)`);
  return rows;
};

/** A bénéficiaire's row as stored. */
export const ligne = async (db: Database, id: string) => {
  const [beneficiaire] = await db.select().from(schema.beneficiaires).where(eq(schema.beneficiaires.id, id));
  return beneficiaire!;
};
