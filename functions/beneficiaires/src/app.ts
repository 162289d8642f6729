import { type AppDependencies, createApp, healthRoutes } from "@coop/http";

/** The beneficiaires function: the bénéficiaires a médiateur records and follows. */
export const createBeneficiairesApp = (dependencies: AppDependencies) =>
  createApp({ name: "beneficiaires", ...dependencies }).route("/beneficiaires", healthRoutes());

export type BeneficiairesApp = ReturnType<typeof createBeneficiairesApp>;
