import { randomUUID } from "node:crypto";
import { type Executor, schema } from "@coop/db";
import type { CraCommune, ParticipantAnonyme } from "@coop/domain";
import { sql } from "drizzle-orm";

const { accompagnements, beneficiaires } = schema;

/** Rows per insert: a collectif may count 10 000 anonymous participants, far beyond one statement's parameters. */
const TAILLE_LOT = 1000;

export type NouvelAnonyme = {
  dejaAccompagne: boolean;
  commune: CraCommune | null;
  genre: ParticipantAnonyme["genre"] | null;
  trancheAge: ParticipantAnonyme["trancheAge"] | null;
  statutSocial: ParticipantAnonyme["statutSocial"] | null;
};

const lots = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / TAILLE_LOT) }, (_, index) =>
    items.slice(index * TAILLE_LOT, (index + 1) * TAILLE_LOT),
  );

/**
 * The activité's accompagnements: one per identified bénéficiaire (their `premier_accompagnement` is
 * recomputed afterwards), and one per anonymous bénéficiaire, created here — first accompagnement unless
 * "déjà accompagné". Anonymous ones exist for this activité only: their counter is 1 from the start.
 */
export const attacherBeneficiaires = async (
  tx: Executor,
  {
    mediateurId,
    activiteId,
    identifies,
    anonymes,
    attributionsAleatoires,
  }: {
    mediateurId: string;
    activiteId: string;
    identifies: readonly string[];
    anonymes: readonly NouvelAnonyme[];
    attributionsAleatoires: boolean;
  },
) => {
  for (const lot of lots(identifies)) {
    await tx.insert(accompagnements).values(lot.map((beneficiaireId) => ({ beneficiaireId, activiteId })));
  }
  for (const lot of lots(anonymes)) {
    const rows = lot.map((anonyme) => ({
      id: randomUUID(),
      mediateurId,
      anonyme: true,
      attributionsAleatoires,
      genre: anonyme.genre,
      trancheAge: anonyme.trancheAge,
      statutSocial: anonyme.statutSocial,
      commune: anonyme.commune?.nom ?? null,
      communeCodePostal: anonyme.commune?.codePostal ?? null,
      communeCodeInsee: anonyme.commune?.codeInsee ?? null,
      accompagnementsCount: 1,
    }));
    await tx.insert(beneficiaires).values(rows);
    await tx.insert(accompagnements).values(
      rows.map((row, index) => ({
        beneficiaireId: row.id,
        activiteId,
        premierAccompagnement: !lot[index]!.dejaAccompagne,
      })),
    );
  }
};

/**
 * Removes the activité's accompagnements, and the anonymous bénéficiaires that only this activité used.
 * Returns the bénéficiaires still there whose counters and first accompagnement must be recomputed
 * (identified ones, deleted ones, anonymous ones shared with another activité).
 */
export const detacherBeneficiaires = async (
  tx: Executor,
  { mediateurId, activiteId }: { mediateurId: string; activiteId: string },
): Promise<string[]> => {
  const { rows } = await tx.execute<{ id: string }>(sql`
    with anciens as (
      delete from coop.accompagnements where activite_id = ${activiteId} returning beneficiaire_id
    ),
    orphelins as (
      delete from coop.beneficiaires b using anciens
      where b.id = anciens.beneficiaire_id and b.mediateur_id = ${mediateurId}
        and b.anonyme and b.suppression is null
        and not exists (
          select 1 from coop.accompagnements autre
          where autre.beneficiaire_id = b.id and autre.activite_id <> ${activiteId}
        )
      returning b.id
    )
    select anciens.beneficiaire_id as id from anciens
    where anciens.beneficiaire_id not in (select id from orphelins)`);
  return rows.map((row) => row.id);
};
