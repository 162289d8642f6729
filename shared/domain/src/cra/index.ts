export * from "./champs.ts";
export * from "./collectif.ts";
export * from "./duree.ts";
export * from "./individuel.ts";
export * from "./participants-anonymes.ts";
