import { type AppDependencies, createApp, healthRoutes } from "@coop/http";

/** The auth function: accounts: ProConnect login, sessions, roles, inscription and partner API clients. */
export const createAuthApp = (dependencies: AppDependencies) =>
  createApp({ name: "auth", ...dependencies }).route("/auth", healthRoutes());

export type AuthApp = ReturnType<typeof createAuthApp>;
