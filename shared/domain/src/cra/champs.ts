import { aujourdhui } from "../dates.ts";
import { materiel, thematique, thematiqueAdministrative, typeLieu } from "../enums/activite.ts";
import { z } from "../zod.ts";
import { dureeSchema } from "./duree.ts";

// Fields common to both CRA types (spec §3 "Common fields"), and the rules that tie them together.

/** The thématique that opens the administrative ones and `precisionsDemarche`. */
export const THEMATIQUE_DEMARCHES = "aide_aux_demarches_administratives";

/** Notes are sanitised server-side to a small HTML allow-list, then must fit in this many characters. */
export const NOTES_MAX = 10_000;
/** What the server reads before sanitising: markup the allow-list removes may make it much longer. */
export const NOTES_BRUTES_MAX = 50_000;

/**
 * The latest date a CRA may carry: tomorrow in Paris. A CRA records what happened, so the future is
 * refused; one day of slack lets médiateurs ahead of Paris (La Réunion, Mayotte, Nouvelle-Calédonie,
 * Wallis-et-Futuna: at most +11 h) record their own "today" before Paris reaches it.
 */
export const dateMaximaleActivite = (now = new Date()) => {
  const demain = new Date(`${aujourdhui(now)}T12:00:00Z`);
  demain.setUTCDate(demain.getUTCDate() + 1);
  return demain.toISOString().slice(0, 10);
};

const estDateCalendaire = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const dateActiviteSchema = z
  .string({ error: "Indiquez la date de l'activité." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "La date doit être au format AAAA-MM-JJ.")
  .refine(estDateCalendaire, "Cette date n'existe pas.")
  .refine((date) => date <= dateMaximaleActivite(), "La date de l'activité ne peut pas être dans le futur.");

/** Empty inputs mean "not given". */
const texteOptionnel = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);

/** A commune picked in the BAN suggestions. */
export const craCommuneSchema = z.object(
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
export type CraCommune = z.output<typeof craCommuneSchema>;

const choixMultiples = <const V extends string>(values: readonly [V, ...V[]], message: string) =>
  z
    .array(z.enum(values, { error: message }), { error: message })
    .default([])
    .transform((choix) => [...new Set(choix)]);

const identifiants = (message: string, max: number) =>
  z
    .array(z.uuid(message), { error: message })
    .max(max, `Pas plus de ${max} éléments.`)
    .default([])
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);

/** The fields of both types, before the rules that tie them together. */
export const champsCommuns = {
  date: dateActiviteSchema,
  duree: dureeSchema,
  typeLieu: z.enum(typeLieu.values, { error: "Choisissez le lieu de l'activité." }),
  /** Required with `lieu_activite`: one of the médiateur's lieux d'activité. */
  structureId: z.uuid("Choisissez un de vos lieux d'activité.").nullish(),
  /** Required with `domicile` and `autre`; filled by the server with the employer's commune for `a_distance`. */
  lieuCommune: craCommuneSchema.nullish(),
  thematiques: choixMultiples(thematique.values, "Thématique inconnue."),
  precisionsDemarche: texteOptionnel(500, "La précision de la démarche ne doit pas dépasser 500 caractères."),
  materiel: choixMultiples(materiel.values, "Matériel inconnu."),
  tags: identifiants("Tag invalide.", 50),
  /** Rich text (HTML); the server keeps only p, br, strong, em, ul, ol, li and http(s) links. */
  notes: z
    .string({ error: "Les notes doivent être du texte." })
    .max(NOTES_BRUTES_MAX, "Les notes sont trop longues.")
    .nullish()
    .transform((value) => (value?.trim() ? value : null)),
};

export type ChampsCommuns = {
  typeLieu: (typeof typeLieu.values)[number];
  structureId?: string | null;
  lieuCommune?: CraCommune | null;
  thematiques: (typeof thematique.values)[number][];
  precisionsDemarche: string | null;
};

/** Rules across the common fields: lieu, thématiques. */
export const verifierChampsCommuns = (cra: ChampsCommuns, context: z.RefinementCtx) => {
  if (cra.typeLieu === "lieu_activite" && !cra.structureId) {
    context.addIssue({
      code: "custom",
      path: ["structureId"],
      message: "Choisissez un de vos lieux d'activité.",
    });
  }
  if ((cra.typeLieu === "domicile" || cra.typeLieu === "autre") && !cra.lieuCommune) {
    context.addIssue({
      code: "custom",
      path: ["lieuCommune"],
      message: "Indiquez la commune de l'activité.",
    });
  }
  if (cra.thematiques.length === 0) {
    context.addIssue({
      code: "custom",
      path: ["thematiques"],
      message: "Choisissez au moins une thématique.",
    });
  }
  const demarches = cra.thematiques.includes(THEMATIQUE_DEMARCHES);
  if (!demarches && cra.thematiques.some((value) => thematiqueAdministrative.is(value))) {
    context.addIssue({
      code: "custom",
      path: ["thematiques"],
      message: "Les thématiques administratives accompagnent « Aide aux démarches administratives ».",
    });
  }
};

/** What the rules drop: a lieu that does not go with `typeLieu`, a démarche without its thématique. */
export const normaliserChampsCommuns = <T extends ChampsCommuns>(cra: T) => ({
  ...cra,
  structureId: cra.typeLieu === "lieu_activite" ? (cra.structureId ?? null) : null,
  lieuCommune: cra.typeLieu === "domicile" || cra.typeLieu === "autre" ? (cra.lieuCommune ?? null) : null,
  precisionsDemarche: cra.thematiques.includes(THEMATIQUE_DEMARCHES) ? cra.precisionsDemarche : null,
});
