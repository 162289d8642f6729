import { z } from "@coop/domain";
import {
  ApiError,
  type AppEnv,
  consumeRateLimit,
  createSession,
  requireJson,
  setSessionCookie,
  validate,
} from "@coop/http";
import { Hono } from "hono";
import { clientAddress } from "../session/client-address.ts";
import { echecConnexion, redirectionApresConnexion } from "../session/redirections.ts";
import { CompteDesactive, connecterUtilisateur } from "../utilisateurs/connexion.ts";
import { consommerLienMagique, creerLienMagique } from "./lien-magique.ts";

/** What the auth function needs to send e-mails. */
export type Mailer = {
  send(message: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
};

const MESSAGE_ENVOI =
  "Si cette adresse peut se connecter, un lien de connexion vient de lui être envoyé. Il est valable 15 minutes.";

const emailSchema = z.object({ email: z.email("Saisissez une adresse e-mail valide.").trim().toLowerCase() });
const verificationSchema = z.object({ email: z.email(), token: z.string().min(20).max(100) });

const courriel = (lien: string) => ({
  subject: "Connexion à La Coop de la médiation numérique",
  text: `Bonjour,\n\nPour vous connecter à La Coop de la médiation numérique, ouvrez ce lien (valable 15 minutes, une seule fois) :\n${lien}\n\nSi vous n'avez rien demandé, ignorez ce message.`,
  html: `<p>Bonjour,</p><p>Pour vous connecter à La Coop de la médiation numérique, utilisez ce lien, valable 15 minutes et une seule fois :</p><p><a href="${lien}">Se connecter à La Coop</a></p><p>Si vous n'avez rien demandé, ignorez ce message.</p>`,
});

/** Sign-in by e-mail link, for preview environments (EMAIL_MAGIC_LINK). */
export const emailRoutes = (mailer: Mailer | null) => {
  const routes = new Hono<AppEnv>().get("/disponible", (c) => c.json({ disponible: mailer !== null }));
  if (!mailer) return routes;

  return routes
    .post("/connexion", requireJson, validate("json", emailSchema), async (c) => {
      const { email } = c.req.valid("json");
      const limites = await Promise.all([
        consumeRateLimit(c.var.db, `lien-magique:email:${email}`, { limit: 5, windowSeconds: 3600 }),
        consumeRateLimit(c.var.db, `lien-magique:ip:${clientAddress(c)}`, { limit: 30, windowSeconds: 3600 }),
      ]);
      if (limites.some((limite) => !limite.allowed)) {
        c.header("Retry-After", String(Math.max(...limites.map((limite) => limite.retryAfterSeconds))));
        throw new ApiError("too_many_requests");
      }
      const token = await creerLienMagique(c.var.db, email);
      const lien = new URL("/auth/email/verification", c.var.security.publicUrl);
      lien.searchParams.set("email", email);
      lien.searchParams.set("token", token);
      await mailer.send({ to: email, ...courriel(lien.toString()) });
      return c.json({ message: MESSAGE_ENVOI }, 202);
    })
    .get("/verification", async (c) => {
      const parsed = verificationSchema.safeParse(c.req.query());
      const email = parsed.success ? parsed.data.email.toLowerCase() : "";
      if (!parsed.success || !(await consommerLienMagique(c.var.db, email, parsed.data.token))) {
        return echecConnexion(c, "lien_invalide", 400);
      }
      try {
        const user = await connecterUtilisateur(c.var.db, { email });
        const session = await createSession(c.var.db, user.id);
        await setSessionCookie(c, session.token, session.expires);
        return c.redirect(redirectionApresConnexion(user, "/coop"), 303);
      } catch (cause) {
        if (cause instanceof CompteDesactive) return echecConnexion(c, "compte_desactive", 403);
        throw cause;
      }
    });
};
