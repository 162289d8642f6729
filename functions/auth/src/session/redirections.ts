import type { AppEnv } from "@coop/http";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Where a freshly signed-in person goes: the inscription until it is validated, else where they were heading. */
export const redirectionApresConnexion = (
  user: { inscriptionValidee: Date | null; role: string },
  retour: string,
) => {
  if (user.role === "admin" && retour === "/coop") return "/administration";
  return user.inscriptionValidee ? retour : "/inscription";
};

const echapper = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A failed sign-in is a browser navigation: answer the 4xx (nothing signed in) with a page that
 * forwards at once to the site's error page, which explains the reason in French.
 */
export const echecConnexion = (c: Context<AppEnv>, raison: string, status: ContentfulStatusCode) => {
  const target = `/connexion/erreur?raison=${encodeURIComponent(raison)}`;
  c.header("Cache-Control", "no-store");
  c.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  return c.html(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${echapper(target)}"><title>Connexion impossible - La Coop de la médiation numérique</title></head><body><main><h1>Connexion impossible</h1><p><a href="${echapper(target)}">Voir pourquoi et réessayer</a></p></main></body></html>`,
    status,
  );
};
