import { type Executor, schema } from "@coop/db";
import { z } from "@coop/domain";
import { ApiError } from "@coop/http";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { conditionTagsVisibles, porteeTag } from "../commun/tags-visibles.ts";

const { tags, activiteTags } = schema;

export const tagSchema = z.object({
  nom: z
    .string({ error: "Indiquez le nom du tag." })
    .trim()
    .min(3, "Le nom du tag doit comporter au moins 3 caractères.")
    .max(80, "Le nom du tag ne doit pas dépasser 80 caractères."),
  description: z
    .string()
    .trim()
    .max(280, "La description ne doit pas dépasser 280 caractères.")
    .nullish()
    .transform((value) => value || null),
});

type Demandeur = { userId: string; mediateurId: string };

const colonnes = {
  id: tags.id,
  nom: tags.nom,
  description: tags.description,
  mediateurId: tags.mediateurId,
  coordinateurId: tags.coordinateurId,
  departement: tags.departement,
  equipe: tags.equipe,
};

const presenter = (
  { mediateurId, coordinateurId, departement, equipe, ...tag }: Awaited<ReturnType<typeof lignes>>[number],
  moi: string,
) => ({
  ...tag,
  portee: porteeTag({ mediateurId, coordinateurId, departement, equipe }),
  modifiable: mediateurId === moi,
});

const lignes = (db: Executor, where: ReturnType<typeof and>) =>
  db.select(colonnes).from(tags).where(where).orderBy(sql`coop.sans_accents(${tags.nom})`, asc(tags.id));

/** The tags the médiateur may use: personal, national, départemental, their teams'. */
export const tagsDuMediateur = async (db: Executor, demandeur: Demandeur) =>
  (await lignes(db, await conditionTagsVisibles(db, demandeur))).map((tag) =>
    presenter(tag, demandeur.mediateurId),
  );

/** A personal tag. 400 on `nom` if the médiateur already has one by that name. */
export const creerTag = async (db: Executor, demandeur: Demandeur, saisie: z.output<typeof tagSchema>) => {
  const [existant] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(
      and(
        eq(tags.mediateurId, demandeur.mediateurId),
        isNull(tags.suppression),
        sql`coop.sans_accents(${tags.nom}) = coop.sans_accents(${saisie.nom})`,
      ),
    )
    .limit(1);
  if (existant)
    throw new ApiError("validation_error", { fields: { nom: "Vous avez déjà un tag de ce nom." } });
  const [tag] = await db
    .insert(tags)
    .values({ nom: saisie.nom, description: saisie.description, mediateurId: demandeur.mediateurId })
    .returning(colonnes);
  return presenter(tag!, demandeur.mediateurId);
};

/** Deletes one of the médiateur's personal tags (soft) and its links to activités; 404 for any other tag. */
export const supprimerTag = async (db: Executor, demandeur: Demandeur, tagId: string) => {
  await db.transaction(async (tx) => {
    const [supprime] = await tx
      .update(tags)
      .set({ suppression: sql`now()`, modification: sql`now()` })
      .where(and(eq(tags.id, tagId), eq(tags.mediateurId, demandeur.mediateurId), isNull(tags.suppression)))
      .returning({ id: tags.id });
    if (!supprime) throw new ApiError("not_found", { message: "Ce tag est introuvable parmi vos tags." });
    await tx.delete(activiteTags).where(eq(activiteTags.tagId, tagId));
  });
};
