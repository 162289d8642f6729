import { type AppDependencies, createApp, healthRoutes } from "@coop/http";

/** The activites function: activités (CRA) and the statistics computed from them. */
export const createActivitesApp = (dependencies: AppDependencies) =>
  createApp({ name: "activites", ...dependencies }).route("/activites", healthRoutes());

export type ActivitesApp = ReturnType<typeof createActivitesApp>;
