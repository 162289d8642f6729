import { aujourdhui } from "../dates.ts";
import type { EnumValue } from "../enum.ts";
import { genre, statutSocial, trancheAge } from "../enums/beneficiaire.ts";
import { telephoneSchema } from "../telephone.ts";
import { z } from "../zod.ts";
import { assainirNotes, texteDesNotes } from "./notes.ts";

export const NOM_BENEFICIAIRE_MAX = 100;
export const NOTES_BENEFICIAIRE_MAX = 10_000;
export const ANNEE_NAISSANCE_MIN = 1900;
/** What is read before sanitising: markup the allow-list removes may make it much longer. */
export const NOTES_BENEFICIAIRE_BRUTES_MAX = 50_000;

export type TrancheAge = EnumValue<typeof trancheAge>;

/** The current year in Paris. */
export const anneeCourante = (now = new Date()) => Number(aujourdhui(now).slice(0, 4));

/**
 * The tranche d'âge of a birth year: age = current year − year; < 12, < 18, < 25, < 40, < 60, < 70,
 * else 70 and more. Without a year, "non communiqué".
 */
export const trancheAgeDepuisAnnee = (
  annee: number | null | undefined,
  courante = anneeCourante(),
): TrancheAge => {
  if (annee === null || annee === undefined) return "non_communique";
  const age = courante - annee;
  if (age < 12) return "moins_de_douze";
  if (age < 18) return "douze_dix_huit";
  if (age < 25) return "dix_huit_vingt_quatre";
  if (age < 40) return "vingt_cinq_trente_neuf";
  if (age < 60) return "quarante_cinquante_neuf";
  if (age < 70) return "soixante_soixante_neuf";
  return "soixante_dix_plus";
};

/** Empty form inputs mean "not given": "" and whitespace become null. */
const saisie = () =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null);

const nomPropre = (champ: "prénom" | "nom") =>
  z
    .string({ error: `Indiquez le ${champ}.` })
    .trim()
    .min(1, `Indiquez le ${champ}.`)
    .max(NOM_BENEFICIAIRE_MAX, `Le ${champ} ne doit pas dépasser ${NOM_BENEFICIAIRE_MAX} caractères.`);

const MESSAGE_ANNEE = () =>
  `L'année de naissance doit être comprise entre ${ANNEE_NAISSANCE_MIN} et ${anneeCourante()}.`;

/** A birth year, typed as a number or as text ("1984"); empty = not given. */
export const anneeNaissanceSchema = z
  .union([z.number(), z.string().trim()], { error: () => MESSAGE_ANNEE() })
  .nullish()
  .transform((value, context) => {
    if (value === null || value === undefined || value === "") return null;
    const annee = typeof value === "number" ? value : /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(annee) || annee < ANNEE_NAISSANCE_MIN || annee > anneeCourante()) {
      context.addIssue({ code: "custom", message: MESSAGE_ANNEE() });
      return z.NEVER;
    }
    return annee;
  });

/** An e-mail address, lower-cased; empty = not given. */
export const emailBeneficiaireSchema = saisie()
  .transform((value) => value?.toLowerCase() ?? null)
  .pipe(
    z.email("Indiquez une adresse e-mail valide.").max(320, "L'adresse e-mail est trop longue.").nullable(),
  );

/** The commune picked among the suggestions of `GET /beneficiaires/communes`. */
export const communeResidenceSchema = z.object(
  {
    nom: z.string().trim().min(1, "Indiquez la commune.").max(200, "Le nom de commune est trop long."),
    codePostal: z
      .string()
      .trim()
      .regex(/^\d{5}$/, "Le code postal doit comporter 5 chiffres."),
    codeInsee: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^\d[\dAB]\d{3}$/, "Le code INSEE doit comporter 5 caractères."),
  },
  { error: "Choisissez la commune parmi les propositions." },
);

/** Rich-text notes, reduced to the allow-list; empty notes are null. */
export const notesBeneficiaireSchema = saisie()
  .pipe(z.string().max(NOTES_BENEFICIAIRE_BRUTES_MAX, "Les notes sont trop longues.").nullable())
  .transform((value) => {
    if (!value) return null;
    const notes = assainirNotes(value);
    return texteDesNotes(notes) ? notes : null;
  })
  .pipe(
    z.string().max(NOTES_BENEFICIAIRE_MAX, "Les notes ne doivent pas dépasser 10 000 caractères.").nullable(),
  );

const choix = <const V extends string>(values: readonly [V, ...V[]], message: string) =>
  z
    .enum(values, { error: message })
    .nullish()
    .transform((value) => value ?? null);

const champsBeneficiaire = z.object({
  prenom: nomPropre("prénom"),
  nom: nomPropre("nom"),
  anneeNaissance: anneeNaissanceSchema,
  telephone: saisie().pipe(telephoneSchema.nullable()),
  pasDeTelephone: z.boolean({ error: "Valeur invalide." }).default(false),
  email: emailBeneficiaireSchema,
  commune: communeResidenceSchema.nullish().transform((value) => value ?? null),
  /** Street part of the address ("12 rue de la Paix"), optional. */
  adresse: saisie().pipe(z.string().max(300, "L'adresse ne doit pas dépasser 300 caractères.").nullable()),
  genre: choix(genre.values, "Genre inconnu."),
  trancheAge: choix(trancheAge.values, "Tranche d'âge inconnue."),
  statutSocial: choix(statutSocial.values, "Statut inconnu."),
  notes: notesBeneficiaireSchema,
});

/**
 * The bénéficiaire form (creation and modification): the site's island and the function validate with
 * it. The tranche d'âge follows the birth year when one is given; missing demographics are
 * "non communiqué"; "Pas de téléphone" clears the number.
 */
export const beneficiaireFormulaireSchema = champsBeneficiaire.transform((beneficiaire) => ({
  ...beneficiaire,
  telephone: beneficiaire.pasDeTelephone ? null : beneficiaire.telephone,
  genre: beneficiaire.genre ?? "non_communique",
  trancheAge:
    beneficiaire.anneeNaissance !== null
      ? trancheAgeDepuisAnnee(beneficiaire.anneeNaissance)
      : (beneficiaire.trancheAge ?? "non_communique"),
  statutSocial: beneficiaire.statutSocial ?? "non_communique",
}));

/** What the form sends. */
export type BeneficiaireFormulaire = z.input<typeof beneficiaireFormulaireSchema>;
/** What the form means once validated (compact phone, lower-cased e-mail, clean notes, nulls). */
export type BeneficiaireFormulaireValide = z.output<typeof beneficiaireFormulaireSchema>;
