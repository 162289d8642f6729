export * from "./enum.ts";
export * from "./enums/activite.ts";
export * from "./enums/beneficiaire.ts";
export * from "./enums/coordination.ts";
export * from "./enums/mutation.ts";
export * from "./enums/structure.ts";
export * from "./enums/utilisateur.ts";
export { z } from "./zod.ts";
