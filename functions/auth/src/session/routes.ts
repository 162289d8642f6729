import { type AppEnv, authenticated, clearSessionCookie, revokeSession } from "@coop/http";
import { generateState } from "arctic";
import { Hono } from "hono";
import type { ProConnect } from "../proconnect/provider.ts";
import { PROVIDER } from "../proconnect/routes.ts";
import { dernierIdToken } from "../utilisateurs/connexion.ts";

const APRES_DECONNEXION = "/connexion?deconnexion=1";

/** The current session: who is signed in, and signing out. */
export const sessionRoutes = (proConnect: ProConnect | null) =>
  new Hono<AppEnv>()
    .get("/me", (c) => {
      const { user, usurper } = authenticated(c);
      c.header("Cache-Control", "no-store");
      return c.json({ user, usurper });
    })
    .post("/deconnexion", async (c) => {
      const auth = c.var.auth;
      let redirection = APRES_DECONNEXION;
      if (auth) {
        await revokeSession(c.var.db, auth.sessionId);
        // End the ProConnect session too, unless an administrator was only acting as this user.
        const idToken = auth.usurper ? null : await dernierIdToken(c.var.db, auth.user.id, PROVIDER);
        const endSession =
          idToken && proConnect
            ? await proConnect.endSessionUrl({ idToken, state: generateState() }).catch(() => null)
            : null;
        if (endSession) redirection = endSession.toString();
      }
      clearSessionCookie(c);
      const wantsJson = c.req.header("accept")?.includes("application/json");
      return wantsJson ? c.json({ redirection }) : c.redirect(redirection, 303);
    });
