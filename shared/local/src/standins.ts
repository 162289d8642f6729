import { type AllStandins, startAllStandins } from "@coop/standins";

export const LOCAL_PROCONNECT_CLIENT = {
  clientId: "coop-locale",
  clientSecret: "secret-local-de-la-coop-0123456789",
};

/** The stand-ins of `pnpm dev`, with ProConnect knowing the platform's callback and logout return. */
export const startLocalStandins = (platformUrl: string): Promise<AllStandins> =>
  startAllStandins({
    proconnect: {
      clients: [
        {
          ...LOCAL_PROCONNECT_CLIENT,
          redirectUris: [`${platformUrl}/auth/proconnect/retour`],
          postLogoutRedirectUris: [`${platformUrl}/connexion?deconnexion=1`],
        },
      ],
    },
  });

/** The environment the functions would read in production, pointing at the stand-ins. */
export const standinEnvironment = (standins: AllStandins, platformUrl: string) => ({
  PUBLIC_URL: platformUrl,
  PROCONNECT_ISSUER: standins.urls.proconnectIssuer,
  PROCONNECT_CLIENT_ID: LOCAL_PROCONNECT_CLIENT.clientId,
  PROCONNECT_CLIENT_SECRET: LOCAL_PROCONNECT_CLIENT.clientSecret,
  EMAIL_MAGIC_LINK: "true",
  SMTP_URL: standins.urls.smtpUrl,
  RECHERCHE_ENTREPRISES_URL: standins.urls.rechercheEntreprisesUrl,
  DATASPACE_URL: standins.urls.dataspaceUrl,
  DATASPACE_API_KEY: standins.urls.dataspaceApiKey,
  SUDO_USURPATION: "false",
});
