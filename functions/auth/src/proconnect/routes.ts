import { type AppEnv, consumeRateLimit, createSession, setSessionCookie } from "@coop/http";
import { generateCodeVerifier, generateState } from "arctic";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { clientAddress } from "../session/client-address.ts";
import { echecConnexion, redirectionApresConnexion } from "../session/redirections.ts";
import { CompteDesactive, connecterUtilisateur, enregistrerJetons } from "../utilisateurs/connexion.ts";
import { FLOW_COOKIE, flowCookieOptions, openFlow, safeRetour, sealFlow } from "./flow-cookie.ts";
import { type ProConnect, ProConnectError } from "./provider.ts";

export const PROVIDER = "proconnect";

/** Sign-in with ProConnect: authorization code flow with PKCE, state and nonce. */
export const proConnectRoutes = (proConnect: ProConnect | null) => {
  const routes = new Hono<AppEnv>();

  const unavailable = (c: Context<AppEnv>) => echecConnexion(c, "proconnect_indisponible", 503);

  routes.get("/connexion", async (c) => {
    if (!proConnect) return unavailable(c);
    const attempt = await consumeRateLimit(c.var.db, `proconnect:${clientAddress(c)}`, {
      limit: 30,
      windowSeconds: 300,
    });
    if (!attempt.allowed) return echecConnexion(c, "trop_de_tentatives", 429);

    const flow = {
      state: generateState(),
      codeVerifier: generateCodeVerifier(),
      nonce: generateState(),
      retour: safeRetour(c.req.query("retour")),
    };
    let url: URL;
    try {
      url = await proConnect.authorizationUrl(flow);
    } catch {
      return unavailable(c);
    }
    const { sessionSecret, publicUrl } = c.var.security;
    setCookie(c, FLOW_COOKIE, await sealFlow(flow, sessionSecret), flowCookieOptions(publicUrl));
    return c.redirect(url.toString(), 302);
  });

  routes.get("/retour", async (c) => {
    if (!proConnect) return unavailable(c);
    const { sessionSecret, publicUrl } = c.var.security;
    const flow = await openFlow(getCookie(c, FLOW_COOKIE), sessionSecret);
    deleteCookie(c, FLOW_COOKIE, { path: flowCookieOptions(publicUrl).path });

    const { code, state, error } = c.req.query();
    if (error)
      return echecConnexion(c, error === "access_denied" ? "connexion_annulee" : "erreur_fournisseur", 400);
    if (!flow || !state || state !== flow.state || !code)
      return echecConnexion(c, "session_de_connexion_invalide", 400);

    try {
      const { identity, tokens } = await proConnect.identify({
        code,
        codeVerifier: flow.codeVerifier,
        nonce: flow.nonce,
      });
      const user = await c.var.db.transaction(async (tx) => {
        const connected = await connecterUtilisateur(tx, identity);
        await enregistrerJetons(tx, connected.id, PROVIDER, identity.sub, tokens);
        return connected;
      });
      const session = await createSession(c.var.db, user.id);
      await setSessionCookie(c, session.token, session.expires);
      return c.redirect(redirectionApresConnexion(user, flow.retour), 303);
    } catch (cause) {
      if (cause instanceof CompteDesactive) return echecConnexion(c, "compte_desactive", 403);
      if (cause instanceof ProConnectError)
        return echecConnexion(c, cause.reason, cause.reason === "provider_unavailable" ? 503 : 400);
      throw cause;
    }
  });

  return routes;
};
