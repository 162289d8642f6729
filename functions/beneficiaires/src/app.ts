import { type AppDependencies, createApp, healthRoutes } from "@coop/http";
import { beneficiairesRoutes } from "./beneficiaires/routes.ts";
import { communesRoutes } from "./communes/routes.ts";
import { doublonsRoutes } from "./doublons/routes.ts";
import { importRoutes } from "./import/routes.ts";

/** The beneficiaires function: the bénéficiaires a médiateur records and follows. */
export const createBeneficiairesApp = (dependencies: AppDependencies) =>
  createApp({ name: "beneficiaires", ...dependencies })
    .route("/beneficiaires", healthRoutes())
    .route("/beneficiaires/communes", communesRoutes())
    .route("/beneficiaires/import", importRoutes())
    .route("/beneficiaires", doublonsRoutes())
    .route("/beneficiaires", beneficiairesRoutes());

export type BeneficiairesApp = ReturnType<typeof createBeneficiairesApp>;
