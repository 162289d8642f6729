import { ApiError, type AppEnv, type AuthContext, authenticated } from "@coop/http";
import { createMiddleware } from "hono/factory";

/** The signed-in médiateur (401 without a session, 403 for a user who is not a médiateur). */
export const mediateurConnecte = (c: { var: { auth: AuthContext | null } }) => {
  const { user } = authenticated(c);
  if (!user.mediateurId)
    throw new ApiError("forbidden", { message: "Cette action est réservée aux médiateurs numériques." });
  return { userId: user.id, mediateurId: user.mediateurId };
};

/** Refuses non-médiateurs before anything reads the request. */
export const requireMediateur = createMiddleware<AppEnv>(async (c, next) => {
  mediateurConnecte(c);
  await next();
});
