import { createMiddleware } from "hono/factory";
import type { AppEnv, AuthContext, UserRole } from "../env.ts";
import { ApiError } from "../errors.ts";

/** The signed-in user, or 401. */
export const authenticated = (c: { var: { auth: AuthContext | null } }): AuthContext => {
  if (!c.var.auth) throw new ApiError("unauthorized");
  return c.var.auth;
};

/** 401 without a session. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  authenticated(c);
  await next();
});

/**
 * 401 without a session, 403 with a role outside `roles`. Resources whose very existence must stay
 * hidden (the back-office) use `hidden: true` to answer 404 instead of 403.
 */
export const requireRole = (roles: readonly UserRole[], options: { hidden?: boolean } = {}) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { user } = authenticated(c);
    if (!roles.includes(user.role)) throw new ApiError(options.hidden ? "not_found" : "forbidden");
    await next();
  });

/** The signed-in médiateur (401 without a session, 403 for a user who is not a médiateur). */
export const mediateurConnecte = (c: { var: { auth: AuthContext | null } }) => {
  const { user } = authenticated(c);
  if (!user.mediateurId) {
    throw new ApiError("forbidden", { message: "Cette action est réservée aux médiateurs numériques." });
  }
  return { userId: user.id, mediateurId: user.mediateurId };
};

/** Refuses non-médiateurs before anything reads the request. */
export const requireMediateur = createMiddleware<AppEnv>(async (c, next) => {
  mediateurConnecte(c);
  await next();
});

/**
 * The médiateur's own space (bénéficiaires, activités): a validated inscription is required too,
 * else 403 naming the inscription to finish.
 */
export const requireMediateurInscrit = createMiddleware<AppEnv>(async (c, next) => {
  mediateurConnecte(c);
  if (!c.var.auth?.user.inscriptionValidee) {
    throw new ApiError("forbidden", { message: "Terminez votre inscription pour accéder à cet espace." });
  }
  await next();
});
