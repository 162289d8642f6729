import { type Executor, recalculerCompteurs, recordMutation, schema } from "@coop/db";
import { ApiError } from "@coop/http";
import { and, inArray, sql } from "drizzle-orm";
import type { Auteur } from "./ecriture.ts";
import { suivisDe } from "./portee.ts";

const { beneficiaires } = schema;

/** Upstream's AucunBeneficiaireValide: none of the ids is one of the médiateur's bénéficiaires. */
const aucunBeneficiaireValide = () =>
  new ApiError("bad_request", {
    message: "Aucun des bénéficiaires choisis ne peut être supprimé.",
    fields: { ids: "Aucun bénéficiaire valide parmi ceux choisis." },
  });

/**
 * RGPD deletion (spec §4, §12): the bénéficiaire becomes anonymous — names, contact, address, notes
 * and RDV link are erased — while genre, tranche d'âge, statut, commune and accompagnements stay, so
 * that statistics do not change. Only the médiateur's own identified bénéficiaires are touched; returns
 * the ids actually deleted, and 400 when none of them could be.
 */
export const supprimerBeneficiaires = async (
  db: Executor,
  { userId, mediateurId }: Auteur,
  ids: readonly string[],
  aucun: () => ApiError = aucunBeneficiaireValide,
) => {
  const startedAt = performance.now();
  return db.transaction(async (tx) => {
    const supprimes = await tx
      .update(beneficiaires)
      .set({
        anonyme: true,
        suppression: sql`now()`,
        modification: sql`now()`,
        prenom: null,
        nom: null,
        telephone: null,
        pasDeTelephone: null,
        email: null,
        notes: null,
        adresse: null,
        rdvUserId: null,
        rdvServicePublicId: null,
      })
      .where(and(suivisDe(mediateurId), inArray(beneficiaires.id, [...ids])))
      .returning({ id: beneficiaires.id });
    if (supprimes.length === 0) throw aucun();
    const beneficiaireIds = supprimes.map(({ id }) => id);
    await recalculerCompteurs(tx, { mediateurId, beneficiaireIds });
    await recordMutation(tx, {
      userId,
      nom: "supprimer_beneficiaire",
      data: { mediateurId, beneficiaireIds },
      startedAt,
    });
    return beneficiaireIds;
  });
};
