// What a deployed function needs: the types, the server driver, the schema.
// The embedded driver, the migrator and the test helpers have their own entry points
// so that function bundles never carry PGlite.
export type { MutationName } from "./audit.ts";
export { recordMutation } from "./audit.ts";
export type { CompteursCibles } from "./compteurs.ts";
export { recalculerCompteurs, recalculerPremiersAccompagnements } from "./compteurs.ts";
export type { Database, DatabaseDriver, DatabaseHandle, Executor } from "./database.ts";
export { isDatabaseReachable } from "./health.ts";
export type { NeonOptions } from "./neon.ts";
export { openNeonDatabase } from "./neon.ts";
export * as schema from "./schema/index.ts";
