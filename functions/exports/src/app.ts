import { type AppDependencies, createApp, healthRoutes } from "@coop/http";

/** The exports function: XLSX and CSV exports, streamed to object storage when large. */
export const createExportsApp = (dependencies: AppDependencies) =>
  createApp({ name: "exports", ...dependencies }).route("/exports", healthRoutes());

export type ExportsApp = ReturnType<typeof createExportsApp>;
