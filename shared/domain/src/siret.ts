import { z } from "./zod.ts";

/** La Poste's SIREN: its établissements' SIRETs do not pass the Luhn check, yet they are real. */
export const SIREN_LA_POSTE = "356000000";

/** Spaces, dots and dashes people type inside identifiers ("804 621 399 00018") are dropped. */
const compacter = (value: string) => value.replace(/[\s.-]/g, "");

/** Luhn checksum over a string of digits. */
const passeLuhn = (digits: string) => {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    // From the right, every second digit is doubled.
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
};

/** 14 digits passing Luhn; La Poste's établissements are exempt from the checksum. */
export const estSiretValide = (value: string) =>
  /^\d{14}$/.test(value) && (value.startsWith(SIREN_LA_POSTE) || passeLuhn(value));

/** An association's RNA number: W followed by 9 digits. */
export const estRnaValide = (value: string) => /^W\d{9}$/.test(value);

/** The normalised form of a typed SIRET or RNA: no separators, RNA's W in upper case. */
export const normaliserSiretOuRna = (value: string) => {
  const compact = compacter(value.trim());
  return /^w/.test(compact) ? `W${compact.slice(1)}` : compact;
};

/** Splits a validated identifier into the structure's `siret` and `rna` columns. */
export const separerSiretRna = (value: string | null | undefined) => {
  if (!value) return { siret: null, rna: null };
  return estRnaValide(value) ? { siret: null, rna: value } : { siret: value, rna: null };
};

export const MESSAGE_SIRET_LONGUEUR = "Le SIRET doit comporter 14 chiffres.";
export const MESSAGE_SIRET_INVALIDE = "Ce numéro SIRET n'est pas valide : vérifiez les chiffres saisis.";
export const MESSAGE_SIRET_OU_RNA =
  "Indiquez un SIRET (14 chiffres) ou un numéro RNA (W suivi de 9 chiffres).";

/** A SIRET as typed by a person, normalised to its 14 digits. */
export const siretSchema = z
  .string({ error: MESSAGE_SIRET_LONGUEUR })
  .transform(normaliserSiretOuRna)
  .superRefine((value, context) => {
    if (!/^\d{14}$/.test(value)) context.addIssue({ code: "custom", message: MESSAGE_SIRET_LONGUEUR });
    else if (!estSiretValide(value)) context.addIssue({ code: "custom", message: MESSAGE_SIRET_INVALIDE });
  });

/** A SIRET or an RNA number, normalised; the structure form stores an RNA in `rna`. */
export const siretOuRnaSchema = z
  .string({ error: MESSAGE_SIRET_OU_RNA })
  .transform(normaliserSiretOuRna)
  .superRefine((value, context) => {
    if (estRnaValide(value)) return;
    if (!/^\d{14}$/.test(value)) context.addIssue({ code: "custom", message: MESSAGE_SIRET_OU_RNA });
    else if (!estSiretValide(value)) context.addIssue({ code: "custom", message: MESSAGE_SIRET_INVALIDE });
  });
