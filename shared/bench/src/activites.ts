// The activites scenarios' data: a médiateur with a validated inscription, a session, an employer, a lieu
// d'activité, tags, and 10 000 activités (each with its anonymous bénéficiaire) written with bulk SQL in the
// bench's database, counters made exact. Prepared once, shared by the create and list scenarios.
import { openNeonDatabase, recalculerCompteurs, schema } from "@coop/db";
import { testSecurity, testSession } from "@coop/http/testing";
import { sql } from "drizzle-orm";

export const ACTIVITES_SEMEES = 10_000;

export type Mediateur = { cookie: string; origin: string; structureId: string };

const semer = async (env: Record<string, string>): Promise<Mediateur> => {
  const database = openNeonDatabase({
    url: env.DATABASE_URL!,
    wsProxy: env.DATABASE_WS_PROXY!,
    secureWebSocket: false,
    poolMax: 1,
  });
  try {
    const { db } = database;
    const session = await testSession(
      db,
      {
        email: "banc-activites@coop-test.fr",
        firstName: "Banc",
        lastName: "Essai",
        inscriptionValidee: new Date(),
      },
      { mediateur: true },
    );
    const mediateurId = session.mediateurId!;
    const [employeur, lieu] = await db
      .insert(schema.structures)
      .values([
        {
          nom: "Mairie de Talence",
          adresse: "Rue du Professeur Arnozan",
          commune: "Talence",
          codePostal: "33400",
          codeInsee: "33522",
        },
        {
          nom: "Médiathèque Mériadeck",
          adresse: "85 cours du Maréchal Juin",
          commune: "Bordeaux",
          codePostal: "33000",
          codeInsee: "33063",
        },
      ])
      .returning({ id: schema.structures.id });
    await db
      .insert(schema.employesStructures)
      .values({ userId: session.user.id, structureId: employeur!.id, debutEmploi: "2020-01-01" });
    await db
      .insert(schema.mediateursEnActivite)
      .values({ mediateurId, structureId: lieu!.id, debutActivite: "2020-01-01" });
    const tags = await db
      .insert(schema.tags)
      .values(
        ["Aidants Connect", "Seniors", "France Services", "Permanence", "Quartier"].map((nom) => ({
          nom,
          mediateurId,
        })),
      )
      .returning({ id: schema.tags.id });

    // 10 000 activités over two years: a fifth collectif, a third at a distance, the rest at the lieu.
    await db.execute(sql`
      insert into coop.activites (type, mediateur_id, date, duree, type_lieu, structure_id, lieu_commune,
        lieu_code_postal, lieu_code_insee, structure_employeuse_id, thematiques, materiel, titre_atelier,
        accompagnements_count, creation, modification)
      select
        (case when i % 5 = 0 then 'collectif' else 'individuel' end)::coop.type_activite,
        ${mediateurId}, current_date - (i % 730), (array[15, 30, 45, 60, 90, 120])[1 + i % 6],
        (case when i % 3 = 0 then 'a_distance' else 'lieu_activite' end)::coop.type_lieu,
        case when i % 3 = 0 then null else ${lieu!.id}::uuid end,
        case when i % 3 = 0 then 'Talence' end, case when i % 3 = 0 then '33400' end,
        case when i % 3 = 0 then '33522' end, ${employeur!.id}::uuid,
        (array[(array['email', 'navigation_sur_internet', 'securite_numerique', 'sante'])[1 + i % 4],
          'prendre_en_main_du_materiel'])::coop.thematique[],
        array['telephone']::coop.materiel[],
        case when i % 5 = 0 then 'Atelier ' || i end,
        1, now() - make_interval(mins => i), now() - make_interval(mins => i)
      from generate_series(1, ${ACTIVITES_SEMEES}) as i`);
    await db.execute(sql`
      with liens as (
        select id as activite_id, gen_random_uuid() as beneficiaire_id from coop.activites where mediateur_id = ${mediateurId}
      ),
      anonymes as (
        insert into coop.beneficiaires (id, mediateur_id, anonyme, genre, tranche_age, statut_social, accompagnements_count)
        select beneficiaire_id, ${mediateurId}, true, 'non_communique', 'non_communique', 'non_communique', 1 from liens
      )
      insert into coop.accompagnements (beneficiaire_id, activite_id, premier_accompagnement)
      select beneficiaire_id, activite_id, true from liens`);
    for (const [index, tag] of tags.entries()) {
      await db.execute(sql`
        insert into coop.activite_tags (activite_id, tag_id)
        select id, ${tag.id}::uuid from coop.activites
        where mediateur_id = ${mediateurId} and abs(hashtext(id::text)) % 4 = ${index % 4}`);
    }
    await recalculerCompteurs(db, { mediateurId, structureIds: [lieu!.id] });
    // Fresh statistics, as autovacuum would have them in production after such a load.
    await db.execute(sql`analyze`);
    return { cookie: session.cookie, origin: new URL(testSecurity.publicUrl).origin, structureId: lieu!.id };
  } finally {
    await database.close();
  }
};

let prepared: Promise<Mediateur> | undefined;

/** Seeds once per bench run (the children read the same database). */
export const mediateurDuBanc = (env: Record<string, string>) => {
  prepared ??= semer(env);
  return prepared;
};

/** The body of `POST /activites/individuel`: the most common CRA, an anonymous bénéficiaire at the lieu. */
export const craIndividuel = (structureId: string) =>
  JSON.stringify({
    date: new Date().toISOString().slice(0, 10),
    duree: 45,
    typeLieu: "lieu_activite",
    structureId,
    thematiques: ["email", "navigation_sur_internet"],
    materiel: ["ordinateur"],
    notes: "<p>Création d'une <strong>adresse e-mail</strong></p>",
    beneficiaireAnonyme: { dejaAccompagne: false, genre: "feminin", trancheAge: "soixante_dix_plus" },
    autonomie: "partiellement_autonome",
  });
