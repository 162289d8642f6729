// A local OpenID provider configured like ProConnect, built on oidc-provider (a certified implementation):
// authorization code + PKCE S256, nonce, signed userinfo (RS256 JWT), acr eidas1, RP-initiated logout.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import Provider, { type Configuration, type JWK, type KoaContextWithOIDC } from "oidc-provider";
import { listen, sendHtml } from "../http.ts";
import { type Account, AccountStore, accountClaims, demoAccounts } from "./accounts.ts";
import { handleInteraction } from "./interaction.ts";
import { createMemoryAdapter } from "./memory-adapter.ts";
import { errorPage, loggedOutPage, logoutPage } from "./pages.ts";

export interface ProConnectClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface ProConnectStandinOptions {
  /** 0 (default) = a free port. */
  port?: number;
  clients: ProConnectClient[];
  /** Defaults to the demo accounts. */
  accounts?: readonly Account[];
}

export interface ProConnectStandin {
  /** Base URL of the server, equal to the issuer. */
  url: string;
  issuer: string;
  discoveryUrl: string;
  /** Adds a person who can sign in (like the login page's form does). */
  addAccount(person: Omit<Account, "sub"> & { sub?: string }): Account;
  accounts(): Account[];
  close(): Promise<void>;
}

/** The scopes ProConnect documents, each with the claims it releases. */
const claimsByScope = {
  openid: ["sub"],
  given_name: ["given_name"],
  usual_name: ["usual_name"],
  email: ["email"],
  phone: ["phone_number"],
  siret: ["siret"],
  uid: ["uid"],
  idp_id: ["idp_id"],
} satisfies Configuration["claims"];

// RSA key generation costs ~100 ms: one signing key per process is enough for a stand-in.
let signingKey: JWK | undefined;
const getSigningKey = (): JWK => {
  if (!signingKey) {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    signingKey = {
      ...privateKey.export({ format: "jwk" }),
      kid: "standin-rs256",
      use: "sig",
      alg: "RS256",
    } as JWK;
  }
  return signingKey;
};

/** Consent is implicit, as on ProConnect: every requested scope and claim is granted to the client. */
async function autoGrant(ctx: KoaContextWithOIDC) {
  const { client, session } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
  const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
  const grant =
    existing?.accountId === session.accountId
      ? existing
      : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope(ctx.oidc.requestParamOIDCScopes);
  grant.addOIDCClaims(ctx.oidc.requestParamClaims);
  await grant.save();
  return grant;
}

export async function startProConnectStandin(options: ProConnectStandinOptions): Promise<ProConnectStandin> {
  const store = new AccountStore(options.accounts ?? demoAccounts);
  const running = await listen((_req, res) => sendHtml(res, 503, errorPage("starting")), options.port);

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // oidc-provider also accepts client_secret_post for a client registered with client_secret_basic.
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
      userinfo_signed_response_alg: "RS256",
    })),
    scopes: Object.keys(claimsByScope),
    claims: claimsByScope,
    acrValues: ["eidas1", "eidas2", "eidas3"],
    responseTypes: ["code"],
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    pkce: { required: () => true },
    jwks: { keys: [getSigningKey()] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Grant: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      userinfo: { enabled: true },
      // ProConnect has no pushed authorization requests.
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.type = "html";
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource(ctx) {
          ctx.type = "html";
          ctx.body = loggedOutPage();
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant: autoGrant,
    findAccount(_ctx, sub) {
      const account = store.findBySub(sub);
      return account ? { accountId: sub, claims: () => accountClaims(account) } : undefined;
    },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = errorPage(
        String(out.error),
        out.error_description ? String(out.error_description) : undefined,
      );
    },
    clientBasedCORS: () => false,
  };

  const provider = new Provider(running.url, configuration);
  const providerCallback = provider.callback();
  running.setHandler(async (req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      await handleInteraction(provider, store, req, res);
      return;
    }
    await providerCallback(req, res);
  });

  return {
    url: running.url,
    issuer: running.url,
    discoveryUrl: `${running.url}/.well-known/openid-configuration`,
    addAccount: (person) => (person.sub ? store.add({ ...person, sub: person.sub }) : store.create(person)),
    accounts: () => store.list(),
    close: running.close,
  };
}
