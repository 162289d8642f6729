import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "./database.ts";

// Counters (`*_count`) and `premier_accompagnement`, recomputed exactly from the rows after a mutation.
// Each statement touches only the ids it is given, so a mutation stays cheap for a médiateur with
// tens of thousands of activités. Call them inside the mutation's transaction, after its writes.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A `uuid[]` bound as ONE parameter (a Postgres array literal), whatever the number of ids: a collectif
 * may touch thousands of bénéficiaires. Ids are checked first: the literal is data, never SQL text.
 */
const uuidArray = (ids: readonly string[]): SQL => {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`Identifiant invalide : ${id}`);
  return sql`${`{${[...new Set(ids)].join(",")}}`}::uuid[]`;
};

export type CompteursCibles = {
  /** The médiateur whose totals (activités, accompagnements, bénéficiaires suivis) are recomputed. */
  mediateurId: string;
  /** `beneficiaires.accompagnements_count` of these bénéficiaires (of this médiateur). */
  beneficiaireIds?: readonly string[];
  /** `activites.accompagnements_count` of these activités (of this médiateur; 0 once deleted). */
  activiteIds?: readonly string[];
  /** `structures.activites_count` of these lieux d'activité (every médiateur's activités there). */
  structureIds?: readonly string[];
};

/**
 * Recomputes, from the rows:
 * - `activites.accompagnements_count` = their accompagnements (a deleted activité has none left);
 * - `mediateurs.activites_count` = non-deleted activités, `accompagnements_count` = accompagnements of
 *   non-deleted activités (the sum of their exact counters: pass in `activiteIds` EVERY activité whose
 *   accompagnements were added, moved or removed — a merge of bénéficiaires included),
 *   `beneficiaires_count` = non-deleted identified (non-anonymous) bénéficiaires;
 * - `beneficiaires.accompagnements_count` = their accompagnements in non-deleted activités;
 * - `structures.activites_count` = non-deleted activités whose lieu is the structure.
 */
export const recalculerCompteurs = async (
  tx: Executor,
  { mediateurId, beneficiaireIds = [], activiteIds = [], structureIds = [] }: CompteursCibles,
): Promise<void> => {
  // Several activités locked in no set order could deadlock two mutations of the same médiateur (a
  // merge, say): take the médiateur's row first, which serialises them. One activité needs no such care.
  if (new Set(activiteIds).size > 1) {
    await tx.execute(sql`select id from coop.mediateurs where id = ${mediateurId} for update`);
  }
  if (activiteIds.length > 0) {
    await tx.execute(sql`
      update coop.activites a
      set accompagnements_count = c.n
      from (
        select ids.id, count(ac.id)::int as n
        from unnest(${uuidArray(activiteIds)}) as ids(id)
        left join coop.accompagnements ac on ac.activite_id = ids.id
        group by ids.id
      ) c
      where a.id = c.id and a.mediateur_id = ${mediateurId} and a.accompagnements_count <> c.n`);
  }

  // One pass over the médiateur's activités (their index), not a join with every accompagnement:
  // each activité's own counter is exact, the touched ones having just been recomputed above.
  await tx.execute(sql`
    update coop.mediateurs m
    set activites_count = c.activites, accompagnements_count = c.accompagnements,
        beneficiaires_count = c.beneficiaires
    from (
      select
        count(*)::int as activites,
        coalesce(sum(a.accompagnements_count), 0)::int as accompagnements,
        (select count(*) from coop.beneficiaires b
          where b.mediateur_id = ${mediateurId} and b.suppression is null and not b.anonyme)::int as beneficiaires
      from coop.activites a
      where a.mediateur_id = ${mediateurId} and a.suppression is null
    ) c
    where m.id = ${mediateurId}`);

  if (beneficiaireIds.length > 0) {
    await tx.execute(sql`
      update coop.beneficiaires b
      set accompagnements_count = c.n
      from (
        select ids.id, count(a.id)::int as n
        from unnest(${uuidArray(beneficiaireIds)}) as ids(id)
        left join coop.accompagnements ac on ac.beneficiaire_id = ids.id
        left join coop.activites a on a.id = ac.activite_id and a.suppression is null
        group by ids.id
      ) c
      where b.id = c.id and b.mediateur_id = ${mediateurId} and b.accompagnements_count <> c.n`);
  }

  if (structureIds.length > 0) {
    // Lieux are shared between médiateurs: lock several in one order, so two mutations cannot deadlock.
    if (new Set(structureIds).size > 1) {
      await tx.execute(sql`
        select id from coop.structures where id = any(${uuidArray(structureIds)}) order by id for update`);
    }
    await tx.execute(sql`
      update coop.structures s
      set activites_count = c.n
      from (
        select ids.id, count(a.id)::int as n
        from unnest(${uuidArray(structureIds)}) as ids(id)
        left join coop.activites a on a.structure_id = ids.id and a.suppression is null
        group by ids.id
      ) c
      where s.id = c.id and s.activites_count <> c.n`);
  }
};

/**
 * `premier_accompagnement` of these bénéficiaires' accompagnements. An identified bénéficiaire — or one
 * deleted since (RGPD deletion sets `anonyme` but keeps the history) — has it only on the accompagnement
 * of their earliest non-deleted activité by (date, id). Anonymous bénéficiaires are left alone: theirs
 * says what the CRA said ("déjà accompagné" or not). Call it after `recalculerCompteurs` in the same
 * transaction: that one locks the médiateur's row, so two mutations of the same médiateur's data cannot
 * both elect a "premier" from snapshots that miss each other.
 */
export const recalculerPremiersAccompagnements = async (
  tx: Executor,
  beneficiaireIds: readonly string[],
): Promise<void> => {
  if (beneficiaireIds.length === 0) return;
  await tx.execute(sql`
    with rangs as (
      select ac.id,
        a.suppression is null and row_number() over (
          partition by ac.beneficiaire_id
          order by a.suppression is not null, a.date, a.id
        ) = 1 as premier
      from coop.beneficiaires b
      join coop.accompagnements ac on ac.beneficiaire_id = b.id
      join coop.activites a on a.id = ac.activite_id
      where b.id = any(${uuidArray(beneficiaireIds)}) and (not b.anonyme or b.suppression is not null)
    )
    update coop.accompagnements ac
    set premier_accompagnement = rangs.premier
    from rangs
    where ac.id = rangs.id and ac.premier_accompagnement <> rangs.premier`);
};
