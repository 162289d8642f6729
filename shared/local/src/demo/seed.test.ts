import type { Database } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { thematiqueAdministrative } from "@coop/domain";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSummary, isDemoDataPresent, seedDemoData } from "./index.ts";

const referenceDate = "2026-03-16";
const seed = 7;
const periodStart = "2024-09-17"; // 18 months ending at the reference date
// DEMO_SEED_SCALE=10 runs the same checks on the benchmarks' size.
const scale = Number(process.env.DEMO_SEED_SCALE ?? 1);

let database: TestDatabase;
let summary: DemoSummary;

const rows = async <T>(query: SQL, db: Database = database.db) =>
  (await db.execute<T & Record<string, unknown>>(query)).rows;
const count = async (query: SQL, db: Database = database.db) =>
  Number((await rows<{ n: number }>(query, db))[0]?.n);

/** Number of rows breaking each rule: all must be 0. */
const violations = async (rules: Record<string, SQL>) => {
  const found: Record<string, number> = {};
  for (const [rule, where] of Object.entries(rules))
    found[rule] = await count(sql`select count(*)::int as n ${where}`);
  return found;
};
const zeros = (rules: Record<string, SQL>) => Object.fromEntries(Object.keys(rules).map((rule) => [rule, 0]));

const seededTables = [
  "users",
  "structures",
  "employes_structures",
  "mediateurs",
  "coordinateurs",
  "mediateurs_coordonnes",
  "invitations_equipes",
  "mediateurs_en_activite",
  "tags",
  "beneficiaires",
  "activites",
  "accompagnements",
  "activite_tags",
];

/** Whole rows, uuids included (they come from the seeded PRNG too), in a stable order. */
const digest = async (db: Database) => {
  const digests: Record<string, string> = {};
  for (const table of seededTables) {
    const [row] = await rows<{ digest: string }>(
      sql`select count(*) || ':' || md5(coalesce(string_agg(t::text, chr(10) order by t::text), '')) as digest
          from ${sql.identifier("coop")}.${sql.identifier(table)} t`,
      db,
    );
    digests[table] = row!.digest;
  }
  return digests;
};

beforeAll(async () => {
  database = await createTestDatabase();
  const started = performance.now();
  summary = await seedDemoData(database.db, { seed, referenceDate, scale });
  console.info(
    `demo seed (scale ${scale}) on ${database.label}: ${Math.round(performance.now() - started)} ms`,
  );
});
afterAll(() => database?.close());

describe(`demo dataset on ${process.env.DATABASE_URL ? "postgres (neon driver)" : "pglite"}`, () => {
  it("creates the demo accounts, validated, with their roles", async () => {
    expect(await isDemoDataPresent(database.db)).toBe(true);
    const users = await rows<{
      email: string;
      role: string;
      cn: boolean;
      mediateur: boolean;
      coordinateur: boolean;
    }>(sql`
      select u.email, u.role, u.is_conseiller_numerique as cn,
        exists (select 1 from coop.mediateurs m where m.user_id = u.id) as mediateur,
        exists (select 1 from coop.coordinateurs c where c.user_id = u.id) as coordinateur
      from coop.users u
      where u.is_fixture and u.inscription_validee is not null and u.acceptation_cgu is not null
        and u.email like '%@coop-demo.fr'
      order by u.email`);
    expect(users).toHaveLength(6);
    expect(users.filter((u) => u.mediateur)).toHaveLength(4);
    expect(users.filter((u) => u.mediateur && u.cn)).toHaveLength(1);
    expect(users.filter((u) => u.coordinateur)).toHaveLength(1);
    expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
    expect(summary.accounts.map((a) => a.email).sort()).toEqual(users.map((u) => u.email));

    const equipe = await rows<{ suppression: Date | null }>(
      sql`select suppression from coop.mediateurs_coordonnes`,
    );
    expect(equipe).toHaveLength(3);
    expect(equipe.filter((membre) => membre.suppression !== null)).toHaveLength(1);
    // Every user has an employer; every médiateur works in 2 or 3 lieux.
    expect(await count(sql`select count(distinct user_id)::int as n from coop.employes_structures`)).toBe(6);
    const lieux = await rows<{ n: number }>(
      sql`select count(*)::int as n from coop.mediateurs_en_activite group by mediateur_id`,
    );
    expect(lieux.map((l) => l.n).every((n) => n >= 2 && n <= 3)).toBe(true);
  });

  it("has the expected sizes", async () => {
    const suivis = await count(
      sql`select count(*)::int as n from coop.beneficiaires where not anonyme and suppression is null`,
    );
    expect(suivis).toBeGreaterThanOrEqual(1800 * scale);
    expect(suivis).toBeLessThanOrEqual(2200 * scale);
    expect(suivis).toBe(summary.beneficiaires);
    const activites = await count(
      sql`select count(*)::int as n from coop.activites where suppression is null`,
    );
    expect(activites).toBeGreaterThanOrEqual(9000 * scale);
    expect(activites).toBeLessThanOrEqual(11000 * scale);
    expect(activites).toBe(summary.activites);
    expect(await count(sql`select count(*)::int as n from coop.accompagnements`)).toBe(
      summary.accompagnements,
    );
    expect(await count(sql`select count(*)::int as n from coop.beneficiaires`)).toBe(
      summary.beneficiaires + summary.beneficiairesAnonymes,
    );
    expect(await count(sql`select count(*)::int as n from coop.structures`)).toBe(summary.structures);
    expect(summary.structures).toBeGreaterThanOrEqual(10);
    expect(await count(sql`select count(*)::int as n from coop.activite_tags`)).toBeGreaterThan(0);
  });

  it("keeps every counter exact", async () => {
    const wrong = {
      mediateurActivites: sql`select count(*)::int as n from coop.mediateurs m where m.activites_count <>
        (select count(*) from coop.activites a where a.mediateur_id = m.id and a.suppression is null)`,
      mediateurAccompagnements: sql`select count(*)::int as n from coop.mediateurs m where m.accompagnements_count <>
        (select count(*) from coop.accompagnements ac join coop.activites a on a.id = ac.activite_id
         where a.mediateur_id = m.id and a.suppression is null)`,
      mediateurBeneficiaires: sql`select count(*)::int as n from coop.mediateurs m where m.beneficiaires_count <>
        (select count(*) from coop.beneficiaires b where b.mediateur_id = m.id and not b.anonyme and b.suppression is null)`,
      beneficiaire: sql`select count(*)::int as n from coop.beneficiaires b where b.accompagnements_count <>
        (select count(*) from coop.accompagnements ac where ac.beneficiaire_id = b.id)`,
      activite: sql`select count(*)::int as n from coop.activites a where a.accompagnements_count <>
        (select count(*) from coop.accompagnements ac where ac.activite_id = a.id)`,
      structure: sql`select count(*)::int as n from coop.structures s where s.activites_count <>
        (select count(*) from coop.activites a where a.structure_id = s.id and a.suppression is null)`,
    };
    for (const [name, query] of Object.entries(wrong))
      expect({ name, n: await count(query) }).toEqual({ name, n: 0 });
    expect(
      await count(sql`select count(*)::int as n from coop.structures where activites_count > 0`),
    ).toBeGreaterThan(5);
  });

  it("marks the first accompagnement of each identified bénéficiaire, and anonymous ones as recorded", async () => {
    const wrong = await count(sql`
      select count(*)::int as n from (
        select ac.premier_accompagnement,
          row_number() over (partition by ac.beneficiaire_id order by a.date, a.id) = 1 as expected
        from coop.accompagnements ac
        join coop.activites a on a.id = ac.activite_id
        join coop.beneficiaires b on b.id = ac.beneficiaire_id
        where not b.anonyme and a.suppression is null
      ) t where premier_accompagnement <> expected`);
    expect(wrong).toBe(0);
    const anonymes = await rows<{ premier: boolean; n: number }>(sql`
      select ac.premier_accompagnement as premier, count(*)::int as n
      from coop.accompagnements ac join coop.beneficiaires b on b.id = ac.beneficiaire_id
      where b.anonyme and b.suppression is null group by 1 order by 1`);
    expect(anonymes.map((a) => a.premier)).toEqual([false, true]);
    // An anonymous bénéficiaire exists for one activité only.
    expect(
      await count(sql`select count(*)::int as n from coop.beneficiaires
      where anonyme and suppression is null and accompagnements_count <> 1`),
    ).toBe(0);
  });

  it("keeps activités within the 18 months and their bénéficiaires with their médiateur", async () => {
    const [range] = await rows<{ first: string; last: string }>(
      sql`select min(date)::text as first, max(date)::text as last from coop.activites`,
    );
    expect(range!.first >= periodStart).toBe(true);
    expect(range!.last <= referenceDate).toBe(true);
    expect(
      await count(sql`select count(*)::int as n from coop.accompagnements ac
      join coop.activites a on a.id = ac.activite_id join coop.beneficiaires b on b.id = ac.beneficiaire_id
      where a.mediateur_id <> b.mediateur_id`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from coop.activites a
      where a.suppression is not null and a.accompagnements_count > 0`),
    ).toBe(0);
  });

  it("follows the CRA form's rules", async () => {
    const administratives = [...thematiqueAdministrative.values];
    const rules = {
      lieuStructure: sql`from coop.activites where (type_lieu = 'lieu_activite') <> (structure_id is not null)
        or (type_lieu = 'lieu_activite') <> (lieu_code_insee is null and lieu_commune is null and lieu_code_postal is null)`,
      lieuDuMediateur: sql`from coop.activites a where a.structure_id is not null and not exists (
        select 1 from coop.mediateurs_en_activite l where l.mediateur_id = a.mediateur_id
          and l.structure_id = a.structure_id and l.suppression is null and l.debut_activite <= a.date
          and (l.fin_activite is null or a.date < l.fin_activite))`,
      employeur: sql`from coop.activites a join coop.mediateurs m on m.id = a.mediateur_id
        where not exists (select 1 from coop.employes_structures e
          where e.user_id = m.user_id and e.structure_id = a.structure_employeuse_id)`,
      aDistanceCommuneEmployeur: sql`from coop.activites a join coop.structures s on s.id = a.structure_employeuse_id
        where a.type_lieu = 'a_distance' and a.lieu_code_insee is distinct from s.code_insee`,
      thematiques: sql`from coop.activites where cardinality(thematiques) = 0`,
      administratives: sql`from coop.activites a where not ('aide_aux_demarches_administratives' = any (a.thematiques))
        and exists (select 1 from unnest(a.thematiques) t where t::text in ${administratives})`,
      precisions: sql`from coop.activites where precisions_demarche is not null
        and not ('aide_aux_demarches_administratives' = any (thematiques))`,
      individuel: sql`from coop.activites where type = 'individuel' and (titre_atelier is not null or niveau is not null
        or (suppression is null and accompagnements_count <> 1))`,
      collectif: sql`from coop.activites where type = 'collectif' and (autonomie is not null or precisions_demarche is not null
        or oriente_vers_structure is not null or (suppression is null and accompagnements_count < 1))`,
      redirection: sql`from coop.activites where (structure_de_redirection is not null) <> coalesce(oriente_vers_structure, false)`,
      dimanche: sql`from coop.activites where extract(dow from date) = 0`,
      anonymesIndividuels: sql`from coop.accompagnements ac join coop.activites a on a.id = ac.activite_id
        join coop.beneficiaires b on b.id = ac.beneficiaire_id
        where b.anonyme and b.suppression is null and b.attributions_aleatoires <> (a.type = 'collectif')`,
      tagsPersonnels: sql`from coop.activite_tags at join coop.activites a on a.id = at.activite_id
        join coop.tags t on t.id = at.tag_id where t.mediateur_id is not null and t.mediateur_id <> a.mediateur_id`,
      trancheAge: sql`from coop.beneficiaires where annee_naissance is not null and tranche_age is distinct from (
        case when 2026 - annee_naissance < 12 then 'moins_de_douze' when 2026 - annee_naissance < 18 then 'douze_dix_huit'
        when 2026 - annee_naissance < 25 then 'dix_huit_vingt_quatre' when 2026 - annee_naissance < 40 then 'vingt_cinq_trente_neuf'
        when 2026 - annee_naissance < 60 then 'quarante_cinquante_neuf' when 2026 - annee_naissance < 70 then 'soixante_soixante_neuf'
        else 'soixante_dix_plus' end)::coop.tranche_age`,
      identite: sql`from coop.beneficiaires where (anonyme and (prenom is not null or nom is not null or telephone is not null
        or email is not null)) or (not anonyme and (prenom is null or nom is null)) or telephone !~ '^[+]33[0-9]{9}$'`,
    };
    expect(await violations(rules)).toEqual(zeros(rules));
    // The rules above are not vacuous: the cases they guard do occur.
    const present = await rows<Record<string, number>>(sql`select
      (select count(*)::int from coop.activites a
        where exists (select 1 from unnest(a.thematiques) t where t::text in ${administratives})) as administratives,
      (select count(*)::int from coop.activites where precisions_demarche is not null) as precisions,
      (select count(*)::int from coop.activites where structure_de_redirection is not null) as redirections,
      (select count(*)::int from coop.activites where suppression is not null) as activites_supprimees,
      (select count(*)::int from coop.beneficiaires where suppression is not null) as beneficiaires_supprimes,
      (select count(*)::int from coop.beneficiaires where import is not null) as importes,
      (select count(*)::int from coop.activites where notes is not null) as notes`);
    for (const [what, n] of Object.entries(present[0]!))
      expect({ what, present: n > 0 }).toEqual({ what, present: true });

    const mix = await rows<{ type_lieu: string; n: number }>(
      sql`select type_lieu, count(*)::int as n from coop.activites group by 1 order by 1`,
    );
    expect(mix.map((m) => m.type_lieu)).toEqual(["lieu_activite", "domicile", "a_distance", "autre"]);
    const standard = await count(
      sql`select count(*)::int as n from coop.activites where duree in (15, 30, 45, 60, 90, 120)`,
    );
    expect(standard / summary.activites).toBeGreaterThan(0.85);
    expect(standard).toBeLessThan(summary.activites);
  });

  it("writes everything or nothing, and the same rows for the same seed and reference date", async () => {
    const other = await createTestDatabase();
    try {
      expect(await isDemoDataPresent(other.db)).toBe(false);
      // Make the very last statement fail: nothing of the earlier ones may remain.
      await other.db.execute(
        sql`alter table coop.activite_tags add constraint demo_echec check (false) not valid`,
      );
      await expect(seedDemoData(other.db, { seed, referenceDate })).rejects.toThrow();
      expect(await isDemoDataPresent(other.db)).toBe(false);
      expect(await count(sql`select count(*)::int as n from coop.activites`, other.db)).toBe(0);
      await other.db.execute(sql`alter table coop.activite_tags drop constraint demo_echec`);

      await seedDemoData(other.db, { seed, referenceDate, scale });
      expect(await digest(other.db)).toEqual(await digest(database.db));
    } finally {
      await other.close();
    }
  });
});
