import {
  type Executor,
  recalculerCompteurs,
  recalculerPremiersAccompagnements,
  recordMutation,
  schema,
} from "@coop/db";
import { trancheAgeDepuisAnnee } from "@coop/domain";
import { ApiError } from "@coop/http";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Auteur } from "../beneficiaires/ecriture.ts";
import { suivisDe } from "../beneficiaires/portee.ts";

const { accompagnements, beneficiaires } = schema;

type Beneficiaire = typeof beneficiaires.$inferSelect;

/** A value that says something: null, empty and "non communiqué" say nothing. */
const renseigne = (value: unknown) => value !== null && value !== "" && value !== "non_communique";
const garder = <T>(destination: T, source: T): T => (renseigne(destination) ? destination : source);

/**
 * The merged fields (spec §4): per field the destination's value when it has one, else the source's;
 * the commune as a whole; the tranche d'âge follows the merged birth year; the earliest creation.
 */
export const champsFusionnes = (destination: Beneficiaire, source: Beneficiaire) => {
  const communeDestination = renseigne(destination.communeCodeInsee) || renseigne(destination.commune);
  const commune = communeDestination ? destination : source;
  const telephone = garder(destination.telephone, source.telephone);
  const anneeNaissance = garder(destination.anneeNaissance, source.anneeNaissance);
  return {
    prenom: garder(destination.prenom, source.prenom),
    nom: garder(destination.nom, source.nom),
    telephone,
    pasDeTelephone: telephone ? false : garder(destination.pasDeTelephone, source.pasDeTelephone),
    email: garder(destination.email, source.email),
    anneeNaissance,
    adresse: garder(destination.adresse, source.adresse),
    commune: commune.commune,
    communeCodePostal: commune.communeCodePostal,
    communeCodeInsee: commune.communeCodeInsee,
    genre: garder(destination.genre, source.genre),
    trancheAge:
      anneeNaissance !== null
        ? trancheAgeDepuisAnnee(anneeNaissance)
        : garder(destination.trancheAge, source.trancheAge),
    statutSocial: garder(destination.statutSocial, source.statutSocial),
    notes: garder(destination.notes, source.notes),
    import: garder(destination.import, source.import),
    v1Imported: garder(destination.v1Imported, source.v1Imported),
    rdvUserId: garder(destination.rdvUserId, source.rdvUserId),
    rdvServicePublicId: garder(destination.rdvServicePublicId, source.rdvServicePublicId),
    creation: new Date(Math.min(destination.creation.getTime(), source.creation.getTime())),
  };
};

/**
 * Merges `sourceId` into `destinationId`, both identified bénéficiaires of the médiateur: fields
 * merged, accompagnements moved (one per activité: the source's duplicate is dropped), counters and
 * "premier accompagnement" recomputed, earlier merges into the source re-pointed, the source
 * soft-deleted with `fusion_vers_id`.
 */
export const fusionnerBeneficiaires = async (
  db: Executor,
  { userId, mediateurId }: Auteur,
  { sourceId, destinationId }: { sourceId: string; destinationId: string },
) => {
  const startedAt = performance.now();
  await db.transaction(async (tx) => {
    const lignes = await tx
      .select()
      .from(beneficiaires)
      .where(and(suivisDe(mediateurId), inArray(beneficiaires.id, [sourceId, destinationId])))
      .for("update");
    const source = lignes.find(({ id }) => id === sourceId);
    const destination = lignes.find(({ id }) => id === destinationId);
    if (!source) {
      // Upstream's BeneficiaireSourceIntrouvable.
      throw new ApiError("not_found", {
        message: "Le bénéficiaire à fusionner est introuvable.",
        fields: { sourceId: "Bénéficiaire introuvable." },
      });
    }
    if (!destination) {
      // Upstream's BeneficiaireDestinationIntrouvable.
      throw new ApiError("not_found", {
        message: "Le bénéficiaire dans lequel fusionner est introuvable.",
        fields: { destinationId: "Bénéficiaire introuvable." },
      });
    }

    const activitesSource = await tx
      .select({ activiteId: accompagnements.activiteId })
      .from(accompagnements)
      .where(eq(accompagnements.beneficiaireId, sourceId));
    // Moved unless the destination already took part in the same activité; the rest is dropped.
    await tx.execute(sql`
      update coop.accompagnements ac set beneficiaire_id = ${destinationId}
      where ac.beneficiaire_id = ${sourceId}
        and not exists (
          select 1 from coop.accompagnements d
          where d.beneficiaire_id = ${destinationId} and d.activite_id = ac.activite_id
        )`);
    await tx.delete(accompagnements).where(eq(accompagnements.beneficiaireId, sourceId));

    await tx
      .update(beneficiaires)
      .set({ ...champsFusionnes(destination, source), modification: sql`now()` })
      .where(eq(beneficiaires.id, destinationId));
    await tx
      .update(beneficiaires)
      .set({ fusionVersId: destinationId, modification: sql`now()` })
      .where(and(eq(beneficiaires.mediateurId, mediateurId), eq(beneficiaires.fusionVersId, sourceId)));
    await tx
      .update(beneficiaires)
      .set({ suppression: sql`now()`, modification: sql`now()`, fusionVersId: destinationId })
      .where(eq(beneficiaires.id, sourceId));

    await recalculerCompteurs(tx, {
      mediateurId,
      beneficiaireIds: [sourceId, destinationId],
      activiteIds: activitesSource.map(({ activiteId }) => activiteId),
    });
    await recalculerPremiersAccompagnements(tx, [destinationId]);
    await recordMutation(tx, {
      userId,
      nom: "modifier_beneficiaire",
      data: { mediateurId, fusion: { sourceId, destinationId } },
      startedAt,
    });
  });
};
