// "St" and "Ste" as people type them in commune names.
const ABREVIATIONS: Record<string, string> = { st: "saint", ste: "sainte" };

/**
 * A commune name as compared: lower case, no accents, hyphens and apostrophes as spaces,
 * "St"/"Ste" spelled out ("St-Étienne" → "saint etienne", "L'Haÿ-les-Roses" → "l hay les roses").
 */
export const normaliserNom = (nom: string) =>
  nom
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((mot) => ABREVIATIONS[mot] ?? mot)
    .join(" ");

/** Whether two commune names are the same once normalised. */
export const memeNomDeCommune = (a: string, b: string) => normaliserNom(a) === normaliserNom(b);
