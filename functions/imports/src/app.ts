import { type AppDependencies, createApp, healthRoutes } from "@coop/http";

/** The imports function: scheduled imports: national cartography of places, conseiller numérique V1 archive. */
export const createImportsApp = (dependencies: AppDependencies) =>
  createApp({ name: "imports", ...dependencies }).route("/imports", healthRoutes());

export type ImportsApp = ReturnType<typeof createImportsApp>;
