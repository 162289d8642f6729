import type { Config } from "@coop/config";
import { createDataspaceClient, createMailer } from "@coop/external";
import type { AuthDependencies } from "./app.ts";
import { createProConnect } from "./proconnect/provider.ts";

/** The auth function's external services, from the environment (production) or the local stand-ins. */
export const authServices = (
  config: Config,
): Omit<AuthDependencies, keyof import("@coop/http").AppDependencies> => {
  const publicUrl = config.PUBLIC_URL.replace(/\/$/, "");
  const proConnect =
    config.PROCONNECT_ISSUER && config.PROCONNECT_CLIENT_ID && config.PROCONNECT_CLIENT_SECRET
      ? createProConnect({
          issuer: config.PROCONNECT_ISSUER,
          clientId: config.PROCONNECT_CLIENT_ID,
          clientSecret: config.PROCONNECT_CLIENT_SECRET,
          redirectUri: `${publicUrl}/auth/proconnect/retour`,
          postLogoutRedirectUri: `${publicUrl}/connexion?deconnexion=1`,
        })
      : null;
  const magicLinkMailer =
    config.EMAIL_MAGIC_LINK && config.SMTP_URL
      ? createMailer({ smtpUrl: config.SMTP_URL, from: config.EMAIL_FROM })
      : null;
  const dataspace = config.DATASPACE_API_KEY
    ? createDataspaceClient({ baseUrl: config.DATASPACE_URL, apiKey: config.DATASPACE_API_KEY })
    : null;
  return { proConnect, magicLinkMailer, dataspace, sudoUsurpation: config.SUDO_USURPATION };
};
