import { z } from "./zod.ts";

// Overseas départements share the national 0 + 9 digits plan but have their own country code.
const indicatifsOutreMer: ReadonlyArray<[RegExp, string]> = [
  [/^(262|269|639|692|693)/, "262"],
  [/^(590|690|691)/, "590"],
  [/^(594|694)/, "594"],
  [/^(596|696|697)/, "596"],
];

/** Country codes accepted in international form, with the length of the number that follows. */
const indicatifsInternationaux: ReadonlyArray<[string, RegExp]> = [
  ["33", /^\d{9}$/],
  ["262", /^\d{9}$/],
  ["590", /^\d{9}$/],
  ["594", /^\d{9}$/],
  ["596", /^\d{9}$/],
  ["352", /^\d{6,11}$/],
];

/**
 * A French phone number in compact international form ("+33612345678"), or null when it is not one.
 * Accepts "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+33 (0)6…", "(+33) 6…", "0033 6…",
 * overseas numbers ("0262…" → "+262262…") and Luxembourg (+352).
 */
export const normaliserTelephone = (value: string): string | null => {
  let compact = value
    .trim()
    .replace(/\(0\)/g, "")
    .replace(/[\s.\-/()]/g, "");
  if (compact.startsWith("00")) compact = `+${compact.slice(2)}`;

  if (/^0\d{9}$/.test(compact)) {
    const national = compact.slice(1);
    const outreMer = indicatifsOutreMer.find(([prefixe]) => prefixe.test(national));
    return `+${outreMer ? outreMer[1] : "33"}${national}`;
  }
  if (/^\+\d+$/.test(compact)) {
    const digits = compact.slice(1);
    for (const [indicatif, format] of indicatifsInternationaux) {
      if (!digits.startsWith(indicatif)) continue;
      let numero = digits.slice(indicatif.length);
      // "+33 06…": the national 0 is sometimes kept after the country code.
      if (indicatif !== "352" && /^0\d{9}$/.test(numero)) numero = numero.slice(1);
      return format.test(numero) ? `+${indicatif}${numero}` : null;
    }
  }
  return null;
};

export const MESSAGE_TELEPHONE_INVALIDE =
  "Ce numéro de téléphone n'est pas valide (exemple : 06 12 34 56 78 ou +33 6 12 34 56 78).";

/** A typed French phone number, stored compact: "+33612345678". */
export const telephoneSchema = z.string({ error: MESSAGE_TELEPHONE_INVALIDE }).transform((value, context) => {
  const telephone = normaliserTelephone(value);
  if (!telephone) {
    context.addIssue({ code: "custom", message: MESSAGE_TELEPHONE_INVALIDE });
    return z.NEVER;
  }
  return telephone;
});
