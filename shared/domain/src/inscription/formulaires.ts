import { siretSchema } from "../siret.ts";
import { telephoneSchema } from "../telephone.ts";
import { z } from "../zod.ts";

/** "Choisir votre rôle": the profile and the acceptance of the CGU. */
export const choixRoleSchema = z.object({
  profil: z.enum(["mediateur", "coordinateur"], { error: "Choisissez votre rôle." }),
  acceptationCgu: z.literal(true, {
    error: "Vous devez accepter les conditions générales d'utilisation pour continuer.",
  }),
});

const nomPersonne = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(100, "Ce champ ne doit pas dépasser 100 caractères.");

/** "Vérifier vos informations". `phone` absent keeps the number, empty or null removes it. */
export const informationsSchema = z.object({
  firstName: nomPersonne("Indiquez votre prénom."),
  lastName: nomPersonne("Indiquez votre nom."),
  phone: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(telephoneSchema.nullable())
    .nullable()
    .optional(),
});

/** "Renseigner votre structure employeuse": its SIRET. */
export const structureEmployeuseSchema = z.object({ siret: siretSchema });

/** "Vos lieux d'activité": the structures, already in La Coop, where the médiateur works. */
export const lieuxActiviteSchema = z.object({
  structureIds: z
    .array(z.uuid("Identifiant de lieu invalide."), { error: "Choisissez au moins un lieu d'activité." })
    .min(1, "Choisissez au moins un lieu d'activité.")
    .max(100, "Vous ne pouvez pas renseigner plus de 100 lieux d'activité.")
    .transform((ids) => [...new Set(ids)]),
});

export type ChoixRole = z.input<typeof choixRoleSchema>;
export type InformationsInscription = z.input<typeof informationsSchema>;
export type StructureEmployeuseFormulaire = z.input<typeof structureEmployeuseSchema>;
export type LieuxActiviteFormulaire = z.input<typeof lieuxActiviteSchema>;
