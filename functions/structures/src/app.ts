import { type AppDependencies, createApp, healthRoutes } from "@coop/http";

/** The structures function: structures employeuses and lieux d'activité. */
export const createStructuresApp = (dependencies: AppDependencies) =>
  createApp({ name: "structures", ...dependencies }).route("/structures", healthRoutes());

export type StructuresApp = ReturnType<typeof createStructuresApp>;
