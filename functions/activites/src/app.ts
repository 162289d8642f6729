import { type AppDependencies, createApp, healthRoutes } from "@coop/http";
import { activitesRoutes } from "./activites/routes.ts";
import { tagsRoutes } from "./tags/routes.ts";

/** The activites function: activités (CRA), their tags, and the statistics computed from them. */
export const createActivitesApp = (dependencies: AppDependencies) =>
  createApp({ name: "activites", ...dependencies })
    .route("/activites", healthRoutes())
    .route("/activites/tags", tagsRoutes())
    .route("/activites", activitesRoutes());

export type ActivitesApp = ReturnType<typeof createActivitesApp>;
