import {
  type Database,
  type Executor,
  recalculerCompteurs,
  recalculerPremiersAccompagnements,
  recordMutation,
  schema,
} from "@coop/db";
import { craCollectifSchema, craIndividuelSchema } from "@coop/domain";
import { ApiError, fieldErrors } from "@coop/http";
import { and, eq, isNull, sql } from "drizzle-orm";
import { nettoyerNotes } from "../commun/notes.ts";
import { attacherBeneficiaires, detacherBeneficiaires } from "./accompagnements.ts";
import { colonnesLieu, structureEmployeuseA } from "./lieu.ts";
import { type Demandeur, verifierReferences } from "./references.ts";
import { beneficiairesDe, colonnesCommunes, colonnesDuType, type Saisie } from "./saisie.ts";

const { activites, activiteTags, mediateurs } = schema;

export const activiteIntrouvable = () =>
  new ApiError("not_found", { message: "Cette activité est introuvable parmi vos activités." });

/** Writes what both creation and update write once the activité row exists. */
const ecrireLiens = async (tx: Executor, demandeur: Demandeur, activiteId: string, saisie: Saisie) => {
  const liens = beneficiairesDe(saisie);
  await attacherBeneficiaires(tx, { mediateurId: demandeur.mediateurId, activiteId, ...liens });
  if (saisie.cra.tags.length > 0) {
    await tx.insert(activiteTags).values(saisie.cra.tags.map((tagId) => ({ activiteId, tagId })));
  }
  return liens;
};

const referencesDe = (saisie: Saisie) => ({
  beneficiaireIds:
    saisie.type === "individuel"
      ? [saisie.cra.beneficiaireId].filter((id): id is string => !!id)
      : saisie.cra.participants,
  beneficiaireChamp: saisie.type === "individuel" ? ("beneficiaireId" as const) : ("participants" as const),
  structureId: saisie.cra.structureId,
  tagIds: saisie.cra.tags,
});

/** "Enregistrer" a new CRA: the activité, its bénéficiaires and tags, exact counters, audited. */
export const creerActivite = async (db: Database, demandeur: Demandeur, saisie: Saisie): Promise<string> => {
  const startedAt = performance.now();
  const notes = nettoyerNotes(saisie.cra.notes);
  const { userId, mediateurId } = demandeur;
  return db.transaction(async (tx) => {
    await verifierReferences(tx, demandeur, referencesDe(saisie));
    const employeur = await structureEmployeuseA(tx, userId, saisie.cra.date);
    const [activite] = await tx
      .insert(activites)
      .values({
        type: saisie.type,
        mediateurId,
        date: saisie.cra.date,
        duree: saisie.cra.duree,
        ...colonnesCommunes(saisie, notes),
        ...colonnesDuType(saisie),
        ...colonnesLieu(saisie.cra, employeur),
      })
      .returning({ id: activites.id });
    const activiteId = activite!.id;
    const { identifies, anonymes } = await ecrireLiens(tx, demandeur, activiteId, saisie);

    await recordMutation(tx, {
      userId,
      nom: "creer_activite",
      data: { activiteId, type: saisie.type, beneficiaireIds: identifies, anonymes: anonymes.length },
      startedAt,
    });
    // Late, as they lock the médiateur's row until the commit; « premier » after that lock, so that two
    // CRAs of the same bénéficiaire recorded at once cannot both be their first.
    await recalculerCompteurs(tx, {
      mediateurId,
      beneficiaireIds: identifies,
      activiteIds: [activiteId],
      structureIds: saisie.cra.structureId ? [saisie.cra.structureId] : [],
    });
    await recalculerPremiersAccompagnements(tx, identifies);
    await tx
      .update(mediateurs)
      .set({ derniereCreationActivite: sql`now()` })
      .where(eq(mediateurs.id, mediateurId));
    return activiteId;
  });
};

/** The validated body of a PUT, with the schema of the activité's own type. */
const saisieDuType = (type: Saisie["type"], corps: unknown): Saisie => {
  const result =
    type === "individuel" ? craIndividuelSchema.safeParse(corps) : craCollectifSchema.safeParse(corps);
  if (!result.success) throw new ApiError("validation_error", { fields: fieldErrors(result.error.issues) });
  return { type, cra: result.data } as Saisie;
};

/**
 * "Modifier": the activité keeps its type and id; its accompagnements and tags are replaced (anonymous
 * bénéficiaires used only by it are re-created), counters fixed, `modification` = now.
 */
export const modifierActivite = async (
  db: Database,
  demandeur: Demandeur,
  activiteId: string,
  corps: unknown,
): Promise<void> => {
  const startedAt = performance.now();
  const { userId, mediateurId } = demandeur;
  await db.transaction(async (tx) => {
    const [existante] = await tx
      .select({ id: activites.id, type: activites.type, structureId: activites.structureId })
      .from(activites)
      .where(
        and(
          eq(activites.id, activiteId),
          eq(activites.mediateurId, mediateurId),
          isNull(activites.suppression),
        ),
      )
      .for("update");
    if (!existante) throw activiteIntrouvable();
    const saisie = saisieDuType(existante.type, corps);
    const notes = nettoyerNotes(saisie.cra.notes);
    await verifierReferences(tx, demandeur, { ...referencesDe(saisie), activite: existante });

    const anciens = await detacherBeneficiaires(tx, { mediateurId, activiteId });
    await tx.delete(activiteTags).where(eq(activiteTags.activiteId, activiteId));
    const employeur = await structureEmployeuseA(tx, userId, saisie.cra.date);
    await tx
      .update(activites)
      .set({
        ...colonnesCommunes(saisie, notes),
        ...colonnesDuType(saisie),
        ...colonnesLieu(saisie.cra, employeur),
        modification: sql`now()`,
      })
      .where(and(eq(activites.id, activiteId), eq(activites.mediateurId, mediateurId)));
    const { identifies, anonymes } = await ecrireLiens(tx, demandeur, activiteId, saisie);

    const touches = [...new Set([...anciens, ...identifies])];
    const lieux = [existante.structureId, saisie.cra.structureId].filter((id): id is string => !!id);
    await recordMutation(tx, {
      userId,
      nom: "modifier_activite",
      data: { activiteId, type: saisie.type, beneficiaireIds: identifies, anonymes: anonymes.length },
      startedAt,
    });
    await recalculerCompteurs(tx, {
      mediateurId,
      beneficiaireIds: touches,
      activiteIds: [activiteId],
      structureIds: lieux,
    });
    await recalculerPremiersAccompagnements(tx, touches);
  });
};

/** "Supprimer": soft delete; accompagnements, tag links and orphan anonymous bénéficiaires go; counters fixed. */
export const supprimerActivite = async (db: Database, demandeur: Demandeur, activiteId: string) => {
  const startedAt = performance.now();
  const { userId, mediateurId } = demandeur;
  await db.transaction(async (tx) => {
    const [supprimee] = await tx
      .update(activites)
      .set({ suppression: sql`now()`, modification: sql`now()`, rdvId: null, rdvServicePublicId: null })
      .where(
        and(
          eq(activites.id, activiteId),
          eq(activites.mediateurId, mediateurId),
          isNull(activites.suppression),
        ),
      )
      .returning({ type: activites.type, structureId: activites.structureId });
    if (!supprimee) throw activiteIntrouvable();
    const anciens = await detacherBeneficiaires(tx, { mediateurId, activiteId });
    await tx.delete(activiteTags).where(eq(activiteTags.activiteId, activiteId));
    await recordMutation(tx, {
      userId,
      nom: "supprimer_activite",
      data: { activiteId, type: supprimee.type },
      startedAt,
    });
    await recalculerCompteurs(tx, {
      mediateurId,
      beneficiaireIds: anciens,
      activiteIds: [activiteId],
      structureIds: supprimee.structureId ? [supprimee.structureId] : [],
    });
    await recalculerPremiersAccompagnements(tx, anciens);
  });
};
