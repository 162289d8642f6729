import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const originOf = (value: string | undefined) => {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return "invalid";
  }
};

/**
 * Cookie-authenticated writes must come from the product's own pages: the Origin header (or, when a
 * browser omits it, the Referer) must be the public origin. Requests without the session cookie —
 * partner API clients with a Bearer secret, sign-in forms — are not concerned.
 */
export const sameOriginWrites = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || getCookie(c, SESSION_COOKIE) === undefined) return next();
  const expected = new URL(c.var.security.publicUrl).origin;
  const origin = originOf(c.req.header("origin")) ?? originOf(c.req.header("referer"));
  if (origin !== expected) {
    throw new ApiError("forbidden", {
      message: "Requête refusée : elle ne provient pas de La Coop de la médiation numérique.",
    });
  }
  await next();
});
