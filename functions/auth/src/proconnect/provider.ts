import { CodeChallengeMethod, OAuth2Client } from "arctic";
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";

export type ProConnectSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback: <public url>/auth/proconnect/retour */
  redirectUri: string;
  /** Where the provider sends people back after signing out. */
  postLogoutRedirectUri: string;
};

type Discovery = {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
};

/** The identity ProConnect vouches for, as the spec maps its claims. */
export type ProConnectIdentity = {
  sub: string;
  email: string;
  givenName: string | null;
  usualName: string | null;
  phone: string | null;
  siret: string | null;
};

export class ProConnectError extends Error {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

const SCOPES = ["openid", "email", "given_name", "usual_name", "phone", "siret", "uid"];
const DISCOVERY_TTL_MS = 3600_000;

const text = (payload: JWTPayload, claim: string) => {
  const value = payload[claim];
  return typeof value === "string" && value.trim() ? value.trim() : null;
};

/** ProConnect (OpenID Connect) for one relying party: authorization URL, code exchange, verified identity. */
export const createProConnect = (settings: ProConnectSettings) => {
  const client = new OAuth2Client(settings.clientId, settings.clientSecret, settings.redirectUri);
  let discovery: { value: Promise<Discovery>; at: number } | undefined;
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  const configuration = async (): Promise<Discovery> => {
    if (!discovery || Date.now() - discovery.at > DISCOVERY_TTL_MS) {
      const url = `${settings.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
      const value = fetch(url, { signal: AbortSignal.timeout(5000) }).then(async (response) => {
        if (!response.ok)
          throw new ProConnectError("provider_unavailable", `discovery answered ${response.status}`);
        return (await response.json()) as Discovery;
      });
      discovery = { value, at: Date.now() };
      value.catch(() => {
        discovery = undefined;
      });
    }
    const config = await discovery.value;
    jwks ??= createRemoteJWKSet(new URL(config.jwks_uri));
    return config;
  };

  const verify = async (token: string, config: Discovery) => {
    const { payload } = await jwtVerify(token, jwks!, { issuer: config.issuer, audience: settings.clientId });
    return payload;
  };

  return {
    async authorizationUrl({
      state,
      codeVerifier,
      nonce,
    }: {
      state: string;
      codeVerifier: string;
      nonce: string;
    }) {
      const config = await configuration();
      const url = client.createAuthorizationURLWithPKCE(
        config.authorization_endpoint,
        state,
        CodeChallengeMethod.S256,
        codeVerifier,
        SCOPES,
      );
      url.searchParams.set("nonce", nonce);
      url.searchParams.set("acr_values", "eidas1");
      return url;
    },

    /** Exchanges the code, checks the ID token (signature, issuer, audience, nonce) and the signed userinfo. */
    async identify({ code, codeVerifier, nonce }: { code: string; codeVerifier: string; nonce: string }) {
      const config = await configuration();
      let tokens: Awaited<ReturnType<OAuth2Client["validateAuthorizationCode"]>>;
      try {
        tokens = await client.validateAuthorizationCode(config.token_endpoint, code, codeVerifier);
      } catch (error) {
        throw new ProConnectError("code_refused", `token endpoint refused the code: ${String(error)}`);
      }
      const idToken = tokens.idToken();
      const idClaims = await verify(idToken, config).catch((error) => {
        throw new ProConnectError("invalid_id_token", String(error));
      });
      if (idClaims.nonce !== nonce) throw new ProConnectError("invalid_nonce", "nonce mismatch");

      const response = await fetch(config.userinfo_endpoint, {
        headers: { authorization: `Bearer ${tokens.accessToken()}`, accept: "application/jwt" },
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) throw new ProConnectError("userinfo_refused", `userinfo answered ${response.status}`);
      const userinfo = await verify(await response.text(), config).catch((error) => {
        throw new ProConnectError("invalid_userinfo", String(error));
      });
      if (userinfo.sub !== idClaims.sub) throw new ProConnectError("invalid_userinfo", "sub mismatch");

      const email = text(userinfo, "email")?.toLowerCase();
      if (!email) throw new ProConnectError("missing_email", "no email claim");
      const identity: ProConnectIdentity = {
        sub: String(userinfo.sub),
        email,
        givenName: text(userinfo, "given_name"),
        usualName: text(userinfo, "usual_name"),
        phone: text(userinfo, "phone_number"),
        siret: text(userinfo, "siret"),
      };
      return {
        identity,
        tokens: {
          idToken,
          accessToken: tokens.accessToken(),
          expiresAt:
            "expires_in" in tokens.data ? Math.floor(tokens.accessTokenExpiresAt().getTime() / 1000) : null,
          scope: tokens.hasScopes() ? tokens.scopes().join(" ") : SCOPES.join(" "),
        },
      };
    },

    /** Where to send the browser to end the ProConnect session too (null if the provider has none). */
    async endSessionUrl({ idToken, state }: { idToken: string; state: string }) {
      const config = await configuration();
      if (!config.end_session_endpoint) return null;
      const url = new URL(config.end_session_endpoint);
      url.searchParams.set("id_token_hint", idToken);
      url.searchParams.set("state", state);
      url.searchParams.set("post_logout_redirect_uri", settings.postLogoutRedirectUri);
      return url;
    },
  };
};

export type ProConnect = ReturnType<typeof createProConnect>;
