// The enumerations alone (no zod): what the site's islands import, to keep validation code out of pages that only list labels.
export * from "../enum.ts";
export * from "./activite.ts";
export * from "./beneficiaire.ts";
export * from "./coordination.ts";
export * from "./mutation.ts";
export * from "./structure.ts";
export * from "./utilisateur.ts";
