// Test helpers of the activites function: a médiateur ready to record CRAs, CRA bodies, and the check
// that every counter equals what the rows say. Not bundled: only tests import this file.
import { type Database, schema } from "@coop/db";
import type { CraCollectifInput, CraIndividuelInput } from "@coop/domain";
import { testClient, testSession } from "@coop/http/testing";
import { eq, sql } from "drizzle-orm";
import type { createActivitesApp } from "./app.ts";

type App = ReturnType<typeof createActivitesApp>;

let compteur = 0;

/** A structure; the INSEE code decides its département. */
export const creerStructure = async (
  db: Database,
  valeurs: Partial<typeof schema.structures.$inferInsert> = {},
) => {
  compteur += 1;
  const [structure] = await db
    .insert(schema.structures)
    .values({
      nom: `Structure ${compteur}`,
      adresse: "1 place de la Mairie",
      commune: "Talence",
      codePostal: "33400",
      codeInsee: "33522",
      ...valeurs,
    })
    .returning();
  return structure!;
};

/**
 * A médiateur whose inscription is validated, employed by a structure in Talence (33) since 2020 and
 * active in one lieu d'activité in Bordeaux, with two identified bénéficiaires.
 */
export const creerMediateur = async (db: Database, app: App) => {
  compteur += 1;
  const session = await testSession(
    db,
    {
      email: `mediateur-${compteur}-${Date.now()}@coop-test.fr`,
      firstName: "Camille",
      inscriptionValidee: new Date(),
    },
    { mediateur: true },
  );
  const mediateurId = session.mediateurId!;
  const employeur = await creerStructure(db, { nom: "Mairie de Talence" });
  await db
    .insert(schema.employesStructures)
    .values({ userId: session.user.id, structureId: employeur.id, debutEmploi: "2020-01-01" });
  const lieu = await creerStructure(db, {
    nom: "Médiathèque Mériadeck",
    commune: "Bordeaux",
    codePostal: "33000",
    codeInsee: "33063",
  });
  await db
    .insert(schema.mediateursEnActivite)
    .values({ mediateurId, structureId: lieu.id, debutActivite: "2020-01-01" });
  const beneficiaires = await db
    .insert(schema.beneficiaires)
    .values([
      { mediateurId, prenom: "Hélène", nom: "Dupont" },
      { mediateurId, prenom: "Karim", nom: "Benali" },
    ])
    .returning();
  await db
    .update(schema.mediateurs)
    .set({ beneficiairesCount: beneficiaires.length })
    .where(eq(schema.mediateurs.id, mediateurId));
  return {
    userId: session.user.id,
    mediateurId,
    cookie: session.cookie,
    client: testClient(app, session.cookie),
    employeur,
    lieu,
    beneficiaires: beneficiaires.map((beneficiaire) => beneficiaire.id),
  };
};

export type Mediateur = Awaited<ReturnType<typeof creerMediateur>>;

export const individuel = (
  mediateur: Mediateur,
  valeurs: Partial<CraIndividuelInput> = {},
): CraIndividuelInput => ({
  date: "2025-03-10",
  duree: 45,
  typeLieu: "lieu_activite",
  structureId: mediateur.lieu.id,
  thematiques: ["email", "navigation_sur_internet"],
  materiel: ["ordinateur"],
  ...valeurs,
});

export const collectif = (
  mediateur: Mediateur,
  valeurs: Partial<CraCollectifInput> = {},
): CraCollectifInput => ({
  date: "2025-03-12",
  duree: 120,
  typeLieu: "lieu_activite",
  structureId: mediateur.lieu.id,
  thematiques: ["securite_numerique"],
  titreAtelier: "Se protéger en ligne",
  niveau: "debutant",
  participants: [],
  participantsAnonymes: { total: 3 },
  ...valeurs,
});

/** Business tables a refused request must leave untouched. */
export const tablesMetier = [
  schema.activites,
  schema.accompagnements,
  schema.beneficiaires,
  schema.activiteTags,
  schema.mutations,
] as const;

/**
 * Every counter and every `premier_accompagnement` that disagrees with the rows (empty when all is exact).
 */
export const ecartsCompteurs = async (db: Database) => {
  const requetes = {
    mediateurs: sql`select m.id from coop.mediateurs m where
      m.activites_count <> (select count(*) from coop.activites a where a.mediateur_id = m.id and a.suppression is null)
      or m.accompagnements_count <> (select count(*) from coop.accompagnements ac join coop.activites a on a.id = ac.activite_id
        where a.mediateur_id = m.id and a.suppression is null)
      or m.beneficiaires_count <> (select count(*) from coop.beneficiaires b
        where b.mediateur_id = m.id and b.suppression is null and not b.anonyme)`,
    beneficiaires: sql`select b.id from coop.beneficiaires b where b.accompagnements_count <> (
      select count(*) from coop.accompagnements ac join coop.activites a on a.id = ac.activite_id
      where ac.beneficiaire_id = b.id and a.suppression is null)`,
    activites: sql`select a.id from coop.activites a where a.accompagnements_count <> (
      select count(*) from coop.accompagnements ac where ac.activite_id = a.id)`,
    structures: sql`select s.id from coop.structures s where s.activites_count <> (
      select count(*) from coop.activites a where a.structure_id = s.id and a.suppression is null)`,
    premiers: sql`select ac.id from coop.accompagnements ac join coop.beneficiaires b on b.id = ac.beneficiaire_id
      where not b.anonyme and ac.premier_accompagnement <> (ac.activite_id = (
        select a.id from coop.accompagnements x join coop.activites a on a.id = x.activite_id
        where x.beneficiaire_id = b.id and a.suppression is null order by a.date, a.id limit 1))`,
    orphelins: sql`select b.id from coop.beneficiaires b where b.anonyme and b.suppression is null
      and not exists (select 1 from coop.accompagnements ac where ac.beneficiaire_id = b.id)`,
  };
  const ecarts: Record<string, number> = {};
  for (const [nom, requete] of Object.entries(requetes)) {
    const { rows } = await db.execute(requete);
    if (rows.length > 0) ecarts[nom] = rows.length;
  }
  return ecarts;
};
