import { type Executor, schema } from "@coop/db";
import { ApiError, type FieldErrors } from "@coop/http";
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { conditionTagsVisibles } from "../commun/tags-visibles.ts";

const { beneficiaires, mediateursEnActivite, structures, tags, accompagnements } = schema;

export type Demandeur = { userId: string; mediateurId: string };

export type References = {
  /** Identified bénéficiaires referenced by the CRA (the individuel's one, or the collectif's participants). */
  beneficiaireIds: readonly string[];
  beneficiaireChamp: "beneficiaireId" | "participants";
  structureId: string | null;
  tagIds: readonly string[];
  /** On update: the activité being edited, whose current links stay acceptable. */
  activite?: { id: string; structureId: string | null };
};

/**
 * Everything a CRA points to must be the médiateur's: their own identified bénéficiaires, one of their
 * active lieux d'activité, tags they can see. Otherwise 400 naming the field — nothing is written.
 * Scoped in the SQL: another médiateur's rows are simply not found.
 */
export const verifierReferences = async (db: Executor, demandeur: Demandeur, references: References) => {
  const fields: FieldErrors = {};
  const { mediateurId } = demandeur;

  if (references.beneficiaireIds.length > 0) {
    const dejaLies = references.activite
      ? db
          .select({ id: accompagnements.beneficiaireId })
          .from(accompagnements)
          .where(eq(accompagnements.activiteId, references.activite.id))
      : undefined;
    const trouves = await db
      .select({ id: beneficiaires.id })
      .from(beneficiaires)
      .where(
        and(
          eq(beneficiaires.mediateurId, mediateurId),
          inArray(beneficiaires.id, [...references.beneficiaireIds]),
          or(
            and(isNull(beneficiaires.suppression), eq(beneficiaires.anonyme, false)),
            // Kept on re-save even if deleted since (RGPD deletion keeps the accompagnements).
            dejaLies ? inArray(beneficiaires.id, dejaLies) : undefined,
          ),
        ),
      );
    if (trouves.length !== references.beneficiaireIds.length) {
      fields[references.beneficiaireChamp] =
        references.beneficiaireChamp === "beneficiaireId"
          ? "Ce bénéficiaire est introuvable parmi vos bénéficiaires."
          : "Certains participants sont introuvables parmi vos bénéficiaires.";
    }
  }

  if (references.structureId && references.structureId !== references.activite?.structureId) {
    const [lieu] = await db
      .select({ id: structures.id })
      .from(mediateursEnActivite)
      .innerJoin(structures, eq(structures.id, mediateursEnActivite.structureId))
      .where(
        and(
          eq(mediateursEnActivite.mediateurId, mediateurId),
          eq(mediateursEnActivite.structureId, references.structureId),
          isNull(mediateursEnActivite.suppression),
          isNull(mediateursEnActivite.finActivite),
          isNull(structures.suppression),
        ),
      )
      .limit(1);
    if (!lieu) fields.structureId = "Ce lieu ne fait pas partie de vos lieux d'activité.";
  }

  if (references.tagIds.length > 0) {
    const visibles = await conditionTagsVisibles(db, demandeur);
    const trouves = await db
      .select({ id: tags.id })
      .from(tags)
      .where(and(inArray(tags.id, [...references.tagIds]), visibles));
    if (trouves.length !== references.tagIds.length) fields.tags = "Certains tags sont introuvables.";
  }

  if (Object.keys(fields).length > 0) throw new ApiError("validation_error", { fields });
};
