import { schema } from "@coop/db";
import { createTestDatabase, type TestDatabase, testDatabaseLabel } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import {
  loginAs,
  logoutVia,
  type ProConnectStandin,
  ScriptedAgent,
  startProConnectStandin,
} from "@coop/standins";
import { eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthApp } from "../app.ts";
import { FLOW_COOKIE, openFlow, sealFlow } from "./flow-cookie.ts";
import { createProConnect } from "./provider.ts";

const publicUrl = testSecurity.publicUrl;
const client = {
  clientId: "coop-tests",
  clientSecret: "secret-du-client-de-test",
  redirectUris: [`${publicUrl}/auth/proconnect/retour`],
  postLogoutRedirectUris: [`${publicUrl}/connexion?deconnexion=1`],
};

let database: TestDatabase;
let provider: ProConnectStandin;
let app: ReturnType<typeof createAuthApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  provider = await startProConnectStandin({ clients: [client] });
  const proConnect = createProConnect({
    issuer: provider.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    redirectUri: client.redirectUris[0]!,
    postLogoutRedirectUri: client.postLogoutRedirectUris[0]!,
  });
  app = createAuthApp({ db: database.db, security: testSecurity, proConnect });
});
afterAll(async () => {
  await provider?.close();
  await database?.close();
});

const cookieValue = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .find((line) => line.startsWith(`${name}=`))
    ?.split(";")[0]
    ?.slice(name.length + 1);

/** Starts a sign-in at our function and returns the provider's URL and the flow cookie. */
const start = async (retour = "/coop") => {
  const response = await app.request(`/auth/proconnect/connexion?retour=${encodeURIComponent(retour)}`);
  expect(response.status).toBe(302);
  const location = response.headers.get("location")!;
  const flow = cookieValue(response, FLOW_COOKIE)!;
  expect(flow).toBeTruthy();
  return { location, flow };
};

/** Calls our callback as the browser would after the provider sent it back. */
const callback = (callbackUrl: string, flow: string | undefined) => {
  const url = new URL(callbackUrl);
  return app.request(`${url.pathname}${url.search}`, {
    headers: flow ? { cookie: `${FLOW_COOKIE}=${flow}` } : {},
  });
};

const signIn = async (email: string, options: Parameters<typeof loginAs>[2] = {}) => {
  const { location, flow } = await start();
  const { callbackUrl, agent } = await loginAs(location, email, options);
  const response = await callback(callbackUrl, flow);
  return { response, session: cookieValue(response, "coop_session"), agent, callbackUrl, flow };
};

const me = (session: string | undefined) =>
  app.request("/auth/me", { headers: session ? { cookie: `coop_session=${session}` } : {} });

describe(`ProConnect sign-in through the local provider, on ${testDatabaseLabel()}`, () => {
  it("asks for PKCE S256, state, nonce and eidas1 with ProConnect's scopes", async () => {
    const { location } = await start();
    const url = new URL(location);
    expect(url.origin).toBe(new URL(provider.issuer).origin);
    for (const param of ["state", "nonce", "code_challenge"])
      expect(url.searchParams.get(param)).toBeTruthy();
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("acr_values")).toBe("eidas1");
    expect(url.searchParams.get("scope")?.split(" ")).toEqual(
      expect.arrayContaining(["openid", "email", "given_name", "usual_name", "siret"]),
    );
  });

  it("signs a demo account in: callback → session cookie → /auth/me", async () => {
    const { response, session } = await signIn("lea.moreau@coop-demo.fr");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/inscription");
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("coop_session="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const answer = await me(session);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as {
      user: { email: string; firstName: string; role: string };
      usurper: null;
    };
    expect(body.user).toMatchObject({ email: "lea.moreau@coop-demo.fr", firstName: "Léa", role: "user" });
    expect(body.usurper).toBeNull();
  });

  it("creates a brand-new account from the claims, e-mail lower-cased, and keeps the provider's tokens", async () => {
    const { response } = await signIn("Nouvelle.Mediatrice@Exemple.fr", {
      prenom: "Inès",
      nom: "Garnier",
      siret: "13002526500013",
    });
    expect(response.status).toBe(303);
    const [user] = await database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, "nouvelle.mediatrice@exemple.fr"));
    expect(user).toMatchObject({ firstName: "Inès", lastName: "Garnier", siret: "13002526500013" });
    expect(user!.lastLogin).toBeInstanceOf(Date);
    const accounts = await database.db
      .select()
      .from(schema.accounts)
      .where(eq(schema.accounts.userId, user!.id));
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ provider: "proconnect", type: "oidc" });
    expect(accounts[0]!.idToken).toMatch(/^ey/);
  });

  it("sends a validated user where they were going", async () => {
    await database.db
      .insert(schema.users)
      .values({ email: "thomas.girard@coop-demo.fr", inscriptionValidee: new Date() });
    const { location, flow } = await start("/coop/mes-activites");
    const { callbackUrl } = await loginAs(location, "thomas.girard@coop-demo.fr");
    const response = await callback(callbackUrl, flow);
    expect(response.headers.get("location")).toBe("/coop/mes-activites");
  });

  it("never redirects outside the site", async () => {
    for (const retour of ["https://ailleurs.example", "//ailleurs.example", "/\\ailleurs.example"]) {
      const { location, flow } = await start(retour);
      const opened = await openFlow(flow, testSecurity.sessionSecret);
      expect(opened?.retour).toBe("/coop");
      expect(location).not.toContain("ailleurs");
    }
  });
});

describe("refused sign-ins leave no session", () => {
  const expectRefused = async (response: Response, raison: string, status = 400) => {
    expect(response.status).toBe(status);
    expect(cookieValue(response, "coop_session")).toBeUndefined();
    expect(await response.text()).toContain(`raison=${raison}`);
  };

  it("a wrong state", async () => {
    const { location, flow } = await start();
    const { callbackUrl } = await loginAs(location, "lea.moreau@coop-demo.fr");
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set("state", "etat-falsifie");
    await expectRefused(await callback(tampered.toString(), flow), "session_de_connexion_invalide");
  });

  it("a callback without the flow cookie, with a forged one, or with an expired one", async () => {
    const { location, flow } = await start();
    const { callbackUrl } = await loginAs(location, "lea.moreau@coop-demo.fr");
    await expectRefused(await callback(callbackUrl, undefined), "session_de_connexion_invalide");

    const opened = (await openFlow(flow, testSecurity.sessionSecret))!;
    const forged = await sealFlow(opened, "une-cle-que-le-serveur-ne-connait-pas-du-tout");
    await expectRefused(await callback(callbackUrl, forged), "session_de_connexion_invalide");

    const expired = await new SignJWT(opened)
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(`proconnect:${testSecurity.sessionSecret}`));
    await expectRefused(await callback(callbackUrl, expired), "session_de_connexion_invalide");
  });

  it("a replayed code", async () => {
    const first = await signIn("lea.moreau@coop-demo.fr");
    expect(first.response.status).toBe(303);
    await expectRefused(await callback(first.callbackUrl, first.flow), "code_refused");
  });

  it("an ID token whose nonce is not the one we sent", async () => {
    const { location, flow } = await start();
    const { callbackUrl } = await loginAs(location, "lea.moreau@coop-demo.fr");
    const opened = (await openFlow(flow, testSecurity.sessionSecret))!;
    const otherNonce = await sealFlow({ ...opened, nonce: "un-autre-nonce" }, testSecurity.sessionSecret);
    await expectRefused(await callback(callbackUrl, otherNonce), "invalid_nonce");
  });

  it("a disabled account", async () => {
    await database.db
      .insert(schema.users)
      .values({ email: "julien.le-goff@coop-demo.fr", disabled: new Date() });
    const { response } = await signIn("julien.le-goff@coop-demo.fr");
    await expectRefused(response, "compte_desactive", 403);
    const [user] = await database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, "julien.le-goff@coop-demo.fr"));
    expect(user!.lastLogin).toBeNull();
  });

  it("a provider that cannot be reached", async () => {
    const unreachable = createAuthApp({
      db: database.db,
      security: testSecurity,
      proConnect: createProConnect({
        ...client,
        issuer: "http://127.0.0.1:9",
        redirectUri: "x",
        postLogoutRedirectUri: "y",
      }),
    });
    const response = await unreachable.request("/auth/proconnect/connexion");
    expect(response.status).toBe(503);
    const notConfigured = createAuthApp({ db: database.db, security: testSecurity });
    expect((await notConfigured.request("/auth/proconnect/connexion")).status).toBe(503);
  });
});

describe("sessions after sign-in", () => {
  it("refuses a tampered or forged session cookie", async () => {
    const { session } = await signIn("lea.moreau@coop-demo.fr");
    expect((await me(`${session!.slice(0, -2)}xx`)).status).toBe(401);
    const forged = await new SignJWT({ sid: "a".repeat(43) })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("cle-inventee-par-un-attaquant-0123456789"));
    expect((await me(forged)).status).toBe(401);
  });

  it("signs out at once and at ProConnect, which sends the browser back to the site", async () => {
    const { session, agent } = await signIn("lea.moreau@coop-demo.fr");
    const response = await app.request("/auth/deconnexion", {
      method: "POST",
      headers: { cookie: `coop_session=${session}`, origin: publicUrl, accept: "application/json" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().some((line) => /^coop_session=;/.test(line))).toBe(true);
    const { redirection } = (await response.json()) as { redirection: string };
    expect(redirection.startsWith(provider.issuer)).toBe(true);
    expect(new URL(redirection).searchParams.get("id_token_hint")).toMatch(/^ey/);

    expect((await me(session)).status).toBe(401);
    const { redirectUrl } = await logoutVia(redirection, { agent });
    expect(redirectUrl.startsWith(`${publicUrl}/connexion?deconnexion=1`)).toBe(true);
  });

  it("refuses a sign-out posted from another site", async () => {
    const { session } = await signIn("lea.moreau@coop-demo.fr");
    const response = await app.request("/auth/deconnexion", {
      method: "POST",
      headers: { cookie: `coop_session=${session}`, origin: "https://piege.example" },
    });
    expect(response.status).toBe(403);
    expect((await me(session)).status).toBe(200);
  });
});

// The scripted agent is exported for other tests; make sure a fresh one holds no provider session.
it("starts each scripted agent without cookies", () => {
  expect(new ScriptedAgent()).toBeInstanceOf(ScriptedAgent);
});
