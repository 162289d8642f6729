import {
  CodeChallengeMethod,
  generateCodeVerifier,
  generateState,
  OAuth2Client,
  OAuth2RequestError,
} from "arctic";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  loginAs,
  logoutVia,
  type ProConnectStandin,
  ScriptedAgent,
  startProConnectStandin,
} from "../index.ts";

// The client side runs exactly as the product will: arctic for the code flow, jose for verification.
const client = {
  clientId: "coop-locale",
  clientSecret: "secret-local-de-test",
  redirectUri: "http://127.0.0.1:9/api/auth/callback",
  postLogoutRedirectUri: "http://127.0.0.1:9/deconnexion/terminee",
};
const scopes = ["openid", "given_name", "usual_name", "email", "phone", "siret", "uid", "idp_id"];

type Discovery = {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  end_session_endpoint: string;
  [key: string]: unknown;
};

let standin: ProConnectStandin;
let discovery: Discovery;
let jwks: ReturnType<typeof createRemoteJWKSet>;
const oauth = new OAuth2Client(client.clientId, client.clientSecret, client.redirectUri);

beforeAll(async () => {
  standin = await startProConnectStandin({
    clients: [
      {
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        redirectUris: [client.redirectUri],
        postLogoutRedirectUris: [client.postLogoutRedirectUri],
      },
    ],
  });
  discovery = (await (await fetch(standin.discoveryUrl)).json()) as Discovery;
  jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
});
afterAll(() => standin.close());

function authorizationRequest() {
  const state = generateState();
  const verifier = generateCodeVerifier();
  const nonce = generateState();
  const url = oauth.createAuthorizationURLWithPKCE(
    discovery.authorization_endpoint,
    state,
    CodeChallengeMethod.S256,
    verifier,
    scopes,
  );
  url.searchParams.set("nonce", nonce);
  url.searchParams.set("acr_values", "eidas1");
  return { url: url.href, state, verifier, nonce };
}

async function signIn(email: string, options: Parameters<typeof loginAs>[2] = {}) {
  const request = authorizationRequest();
  const { callbackUrl, agent } = await loginAs(request.url, email, options);
  const callback = new URL(callbackUrl);
  expect(callback.origin + callback.pathname).toBe(client.redirectUri);
  expect(callback.searchParams.get("state")).toBe(request.state);
  const code = callback.searchParams.get("code")!;
  const tokens = await oauth.validateAuthorizationCode(discovery.token_endpoint, code, request.verifier);
  const { payload: idToken } = await jwtVerify(tokens.idToken(), jwks, {
    issuer: standin.issuer,
    audience: client.clientId,
  });
  expect(idToken.nonce).toBe(request.nonce);

  const response = await fetch(discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${tokens.accessToken()}` },
  });
  expect(response.headers.get("content-type")).toMatch(/^application\/jwt/);
  const { payload: userinfo, protectedHeader } = await jwtVerify(await response.text(), jwks, {
    issuer: standin.issuer,
    audience: client.clientId,
  });
  expect(protectedHeader.alg).toBe("RS256");
  return { request, code, tokens, idToken, userinfo, agent };
}

describe("ProConnect stand-in", () => {
  it("publishes a ProConnect-like discovery document", () => {
    expect(discovery.issuer).toBe(standin.url);
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
    expect(discovery.userinfo_signing_alg_values_supported).toContain("RS256");
    expect(discovery.acr_values_supported).toContain("eidas1");
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(scopes));
    expect(discovery.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(["client_secret_basic", "client_secret_post"]),
    );
    expect(discovery.end_session_endpoint).toBe(`${standin.url}/session/end`);
  });

  it("shows a French login page listing the demo accounts", async () => {
    const agent = new ScriptedAgent();
    const page = await agent.follow(authorizationRequest().url, () => false);
    expect("html" in page && page.html).toContain(
      "Se connecter en tant que Léa Moreau — lea.moreau@coop-demo.fr",
    );
    expect("html" in page && page.html).toContain('<html lang="fr">');
  });

  it("runs a code + PKCE flow for a demo account, with nonce, acr and a signed userinfo", async () => {
    const { idToken, userinfo } = await signIn("lea.moreau@coop-demo.fr");
    expect(idToken.acr).toBe("eidas1");
    expect(userinfo).toMatchObject({
      sub: idToken.sub,
      email: "lea.moreau@coop-demo.fr",
      given_name: "Léa",
      usual_name: "Moreau",
      phone_number: "+33612345601",
      siret: "81245637400014",
      uid: idToken.sub,
      idp_id: expect.any(String),
    });
  });

  it("signs in a brand-new person typed on the login page and remembers them", async () => {
    const person = { prenom: "Inès", nom: "Fontaine", siret: "804 621 399 00026" };
    const first = await signIn("Ines.Fontaine@exemple.fr", person);
    expect(first.userinfo).toMatchObject({
      email: "Ines.Fontaine@exemple.fr",
      given_name: "Inès",
      usual_name: "Fontaine",
      siret: "80462139900026",
    });
    expect(first.userinfo.phone_number).toBeUndefined();
    const again = await signIn("ines.fontaine@exemple.fr");
    expect(again.userinfo.sub).toBe(first.userinfo.sub);
  });

  it("asks a new person for their names", async () => {
    await expect(loginAs(authorizationRequest().url, "inconnu@exemple.fr")).rejects.toThrow(
      /prénom et le nom sont obligatoires/,
    );
  });

  it("refuses a replayed code and a wrong verifier", async () => {
    const { code, request } = await signIn("thomas.girard@coop-demo.fr");
    const replay = oauth.validateAuthorizationCode(discovery.token_endpoint, code, request.verifier);
    await expect(replay).rejects.toBeInstanceOf(OAuth2RequestError);
    await expect(replay).rejects.toMatchObject({ code: "invalid_grant" });

    const other = authorizationRequest();
    const { callbackUrl } = await loginAs(other.url, "thomas.girard@coop-demo.fr");
    const otherCode = new URL(callbackUrl).searchParams.get("code")!;
    await expect(
      oauth.validateAuthorizationCode(discovery.token_endpoint, otherCode, generateCodeVerifier()),
    ).rejects.toMatchObject({ code: "invalid_grant" });
  });

  it("requires PKCE", async () => {
    const url = new URL(authorizationRequest().url);
    url.searchParams.delete("code_challenge");
    url.searchParams.delete("code_challenge_method");
    const { callbackUrl } = await loginAs(url.href, "lea.moreau@coop-demo.fr");
    expect(new URL(callbackUrl).searchParams.get("error")).toBe("invalid_request");
  });

  it("accepts client_secret_post at the token endpoint", async () => {
    const request = authorizationRequest();
    const { callbackUrl } = await loginAs(request.url, "nadia.benali@coop-demo.fr");
    const response = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: new URL(callbackUrl).searchParams.get("code")!,
        redirect_uri: client.redirectUri,
        code_verifier: request.verifier,
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ token_type: "Bearer", id_token: expect.any(String) });
  });

  it("ends the session and redirects back with the state", async () => {
    const { tokens, agent } = await signIn("sophie.marchand@coop-demo.fr");
    const endSession = new URL(discovery.end_session_endpoint);
    endSession.searchParams.set("id_token_hint", tokens.idToken());
    endSession.searchParams.set("post_logout_redirect_uri", client.postLogoutRedirectUri);
    endSession.searchParams.set("state", "apres-deconnexion");
    const { redirectUrl } = await logoutVia(endSession.href, { agent });
    const redirect = new URL(redirectUrl);
    expect(redirect.origin + redirect.pathname).toBe(client.postLogoutRedirectUri);
    expect(redirect.searchParams.get("state")).toBe("apres-deconnexion");

    // The provider session is gone: the next authorization shows the login page again.
    const next = await agent.follow(authorizationRequest().url, (url) => url.startsWith(client.redirectUri));
    expect("html" in next && next.html).toContain("Se connecter avec ProConnect");
  });
});
