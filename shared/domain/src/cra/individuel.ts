import { autonomie, structureDeRedirection } from "../enums/activite.ts";
import { genre, statutSocial, trancheAge } from "../enums/beneficiaire.ts";
import { z } from "../zod.ts";
import { champsCommuns, craCommuneSchema, normaliserChampsCommuns, verifierChampsCommuns } from "./champs.ts";

/**
 * The bénéficiaire of an individuel CRA when none of the médiateur's bénéficiaires is linked: an
 * anonymous one is created with what the médiateur knows (all optional).
 */
export const beneficiaireAnonymeSchema = z.object({
  /** "J'ai déjà accompagné ce bénéficiaire": then this is not their first accompagnement. */
  dejaAccompagne: z.boolean().default(false),
  commune: craCommuneSchema.nullish().transform((value) => value ?? null),
  genre: z
    .enum(genre.values, { error: "Genre inconnu." })
    .nullish()
    .transform((value) => value ?? null),
  trancheAge: z
    .enum(trancheAge.values, { error: "Tranche d'âge inconnue." })
    .nullish()
    .transform((value) => value ?? null),
  statutSocial: z
    .enum(statutSocial.values, { error: "Statut inconnu." })
    .nullish()
    .transform((value) => value ?? null),
});
export type BeneficiaireAnonyme = z.output<typeof beneficiaireAnonymeSchema>;

/**
 * "Accompagnement individuel": the site's form and the activites function both validate with it.
 * Output: fields that do not apply are null (lieu, démarche, redirection, anonymous data).
 */
export const craIndividuelSchema = z
  .object({
    ...champsCommuns,
    /** One of the médiateur's identified bénéficiaires; absent → an anonymous bénéficiaire. */
    beneficiaireId: z.uuid("Bénéficiaire invalide.").nullish(),
    beneficiaireAnonyme: beneficiaireAnonymeSchema.nullish(),
    autonomie: z
      .enum(autonomie.values, { error: "Niveau d'autonomie inconnu." })
      .nullish()
      .transform((value) => value ?? null),
    orienteVersStructure: z
      .boolean({ error: "Répondez par oui ou non." })
      .nullish()
      .transform((value) => value ?? null),
    /** Kept only when `orienteVersStructure` is true. */
    structureDeRedirection: z
      .enum(structureDeRedirection.values, { error: "Structure de redirection inconnue." })
      .nullish()
      .transform((value) => value ?? null),
  })
  .superRefine(verifierChampsCommuns)
  .transform((cra) => {
    const { beneficiaireId, beneficiaireAnonyme, ...champs } = normaliserChampsCommuns(cra);
    return {
      ...champs,
      beneficiaireId: beneficiaireId ?? null,
      beneficiaireAnonyme: beneficiaireId
        ? null
        : (beneficiaireAnonyme ?? beneficiaireAnonymeSchema.parse({})),
      structureDeRedirection: cra.orienteVersStructure ? cra.structureDeRedirection : null,
    };
  });

/** What the form sends (POST /activites/individuel, PUT /activites/:id). */
export type CraIndividuelInput = z.input<typeof craIndividuelSchema>;
/** What it means once validated. */
export type CraIndividuel = z.output<typeof craIndividuelSchema>;
