import {
  formationLabel,
  fraisACharge,
  modaliteAcces,
  modaliteAccompagnement,
  priseEnChargeSpecifique,
  publicSpecifiquementAdresse,
  service,
  typologieCodes,
} from "../enums/structure.ts";
import { siretOuRnaSchema } from "../siret.ts";
import { telephoneSchema } from "../telephone.ts";
import { z } from "../zod.ts";

export const PRESENTATION_RESUME_MAX = 280;
export const PREFIXE_ACCES_LIBRE = "https://acceslibre.beta.gouv.fr/";

/** Empty form inputs mean "not given": "" and whitespace become null. */
const saisie = () =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null);

const texteOptionnel = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);

/** A web address; "www.exemple.fr" is taken as "https://www.exemple.fr". */
const urlOptionnelle = (message: string) =>
  saisie()
    .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
    .pipe(
      z
        .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: message })
        .max(2000)
        .nullable(),
    );

/** A multiple choice among an enumeration, without repeats. */
const choixMultiples = <const V extends string>(values: readonly [V, ...V[]]) =>
  z
    .array(z.enum(values))
    .default([])
    .transform((choix) => [...new Set(choix)]);

/** The address picked in the BAN (Base Adresse Nationale) suggestions. */
export const adresseStructureSchema = z.object(
  {
    /** Street part: "12 Rue de la Paix". */
    voie: z.string().trim().min(1, "Indiquez l'adresse.").max(300, "L'adresse est trop longue."),
    commune: z.string().trim().min(1, "Indiquez la commune.").max(200, "Le nom de commune est trop long."),
    codePostal: z
      .string()
      .trim()
      .regex(/^\d{5}$/, "Le code postal doit comporter 5 chiffres."),
    codeInsee: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^\d[\dAB]\d{3}$/, "Le code INSEE doit comporter 5 caractères.")
      // Known when the address comes from the BAN; a hand-typed address may not have it yet.
      .nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    banId: texteOptionnel(100, "L'identifiant BAN est trop long."),
  },
  { error: "Choisissez l'adresse parmi les propositions." },
);

const champsStructure = z.object({
  nom: z
    .string({ error: "Indiquez le nom de la structure." })
    .trim()
    .min(1, "Indiquez le nom de la structure.")
    .max(200, "Le nom ne doit pas dépasser 200 caractères."),
  adresse: adresseStructureSchema,
  complementAdresse: texteOptionnel(300, "Le complément d'adresse ne doit pas dépasser 300 caractères."),
  lieuItinerant: z.boolean().default(false),
  typologies: z
    .array(z.enum(typologieCodes, { error: "Typologie inconnue." }), {
      error: "Choisissez au moins une typologie.",
    })
    .min(1, "Choisissez au moins une typologie.")
    .transform((typologies) => [...new Set(typologies)]),
  /** A SIRET (14 digits) or an RNA number (W + 9 digits). */
  siret: saisie().pipe(siretOuRnaSchema.nullable()),
  nomUsage: texteOptionnel(200, "Le nom d'usage ne doit pas dépasser 200 caractères."),

  visiblePourCartographieNationale: z.boolean().default(false),
  presentationResume: texteOptionnel(
    PRESENTATION_RESUME_MAX,
    `Le résumé ne doit pas dépasser ${PRESENTATION_RESUME_MAX} caractères.`,
  ),
  presentationDetail: texteOptionnel(10_000, "La présentation détaillée est trop longue."),
  formationsLabels: choixMultiples(formationLabel.values),

  siteWeb: urlOptionnelle("Indiquez une adresse de site web valide (https://…)."),
  ficheAccesLibre: urlOptionnelle("Indiquez l'adresse de la fiche Accès libre.").refine(
    (url) => url === null || url.startsWith(PREFIXE_ACCES_LIBRE),
    `La fiche Accès libre doit commencer par ${PREFIXE_ACCES_LIBRE}`,
  ),
  priseRdv: urlOptionnelle("Indiquez une adresse de prise de rendez-vous valide (https://…)."),
  /** OpenStreetMap opening_hours, as produced by the weekly editor ("Mo-Fr 09:00-12:00"). */
  horaires: texteOptionnel(1000, "Les horaires ne doivent pas dépasser 1 000 caractères."),

  services: choixMultiples(service.values),
  modalitesAccompagnement: choixMultiples(modaliteAccompagnement.values),
  modalitesAcces: choixMultiples(modaliteAcces.values),
  /** Required with "Téléphoner". */
  telephone: saisie().pipe(telephoneSchema.nullable()),
  /** Required with "Contacter par mail". */
  courriel: saisie().pipe(z.email("Indiquez une adresse e-mail valide.").max(320).nullable()),
  fraisACharge: choixMultiples(fraisACharge.values),

  toutPublic: z.boolean().default(true),
  publicsSpecifiquementAdresses: choixMultiples(publicSpecifiquementAdresse.values),
  priseEnChargeSpecifique: choixMultiples(priseEnChargeSpecifique.values),
});

/**
 * The form that creates a structure (lieu d'activité): the site's form and the function both
 * validate with it, so that a message shown under a field is the one the function would answer.
 */
export const structureFormulaireSchema = champsStructure.superRefine((structure, context) => {
  if (structure.visiblePourCartographieNationale && structure.services.length === 0) {
    context.addIssue({
      code: "custom",
      path: ["services"],
      message: "Choisissez au moins un service pour rendre le lieu visible sur la cartographie nationale.",
    });
  }
  if (structure.modalitesAcces.includes("Téléphoner") && !structure.telephone) {
    context.addIssue({
      code: "custom",
      path: ["telephone"],
      message: "Indiquez le numéro de téléphone pour l'accès par téléphone.",
    });
  }
  if (structure.modalitesAcces.includes("Contacter par mail") && !structure.courriel) {
    context.addIssue({
      code: "custom",
      path: ["courriel"],
      message: "Indiquez l'adresse e-mail pour l'accès par mail.",
    });
  }
  if (structure.toutPublic && structure.publicsSpecifiquementAdresses.length > 0) {
    context.addIssue({
      code: "custom",
      path: ["publicsSpecifiquementAdresses"],
      message: "Choisissez « Tout public » ou des publics spécifiques, pas les deux.",
    });
  }
  if (!structure.toutPublic && structure.publicsSpecifiquementAdresses.length === 0) {
    context.addIssue({
      code: "custom",
      path: ["publicsSpecifiquementAdresses"],
      message: "Choisissez au moins un public, ou « Tout public ».",
    });
  }
});

/** What the form sends. */
export type StructureFormulaire = z.input<typeof structureFormulaireSchema>;
/** What the form means once validated (normalised SIRET/RNA, phone, URLs; nulls for empty fields). */
export type StructureFormulaireValide = z.output<typeof structureFormulaireSchema>;
