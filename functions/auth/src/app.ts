import type { DataspaceClient } from "@coop/external";
import { type AppDependencies, createApp, healthRoutes } from "@coop/http";
import { administrationRoutes, usurpationRoutes } from "./administration/routes.ts";
import { emailRoutes, type Mailer } from "./email/routes.ts";
import { inscriptionRoutes } from "./inscription/routes.ts";
import type { ProConnect } from "./proconnect/provider.ts";
import { proConnectRoutes } from "./proconnect/routes.ts";
import { sessionRoutes } from "./session/routes.ts";

export type AuthDependencies = AppDependencies & {
  /** Null where ProConnect is not configured: sign-in answers 503 with an explanation. */
  proConnect?: ProConnect | null;
  /** Lets administrators impersonate any account, not only the demo ones (SUDO_USURPATION). */
  sudoUsurpation?: boolean;
  /** Sends sign-in links when EMAIL_MAGIC_LINK is on; null elsewhere (production). */
  magicLinkMailer?: Mailer | null;
  /** Dataspace (conseillers numériques); null where no key is configured. */
  dataspace?: DataspaceClient | null;
};

/** The auth function: ProConnect sign-in, sessions, roles, inscription and partner API clients. */
export const createAuthApp = ({
  proConnect = null,
  sudoUsurpation = false,
  magicLinkMailer = null,
  dataspace = null,
  ...dependencies
}: AuthDependencies) =>
  createApp({ name: "auth", ...dependencies })
    .route("/auth", healthRoutes())
    .route("/auth", sessionRoutes(proConnect))
    .route("/auth/proconnect", proConnectRoutes(proConnect))
    .route("/auth/email", emailRoutes(magicLinkMailer))
    .route("/auth/inscription", inscriptionRoutes({ dataspace }))
    .route("/auth/administration", administrationRoutes({ sudoUsurpation }))
    .route("/auth/usurpation", usurpationRoutes());

export type AuthApp = ReturnType<typeof createAuthApp>;
