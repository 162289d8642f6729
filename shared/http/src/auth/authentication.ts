import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import {
  readSessionCookie,
  SESSION_COOKIE,
  sessionCookieOptions,
  signSessionCookie,
} from "./session-cookie.ts";
import { loadSession } from "./sessions.ts";

/** Sets the session cookie for a new or renewed session. */
export const setSessionCookie = async (c: Context<AppEnv>, token: string, expires: Date) => {
  const { sessionSecret, publicUrl } = c.var.security;
  setCookie(
    c,
    SESSION_COOKIE,
    await signSessionCookie(token, expires, sessionSecret),
    sessionCookieOptions(publicUrl, expires),
  );
};

export const clearSessionCookie = (c: Context<AppEnv>) => {
  const { secure } = sessionCookieOptions(c.var.security.publicUrl, new Date());
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure, httpOnly: true, sameSite: "Lax" });
};

/** The session token the request's cookie carries, if its signature holds. */
export const sessionTokenOf = async (c: Context<AppEnv>) => {
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? readSessionCookie(cookie, c.var.security.sessionSecret) : null;
};

/**
 * Every function's view of who is calling: `c.var.auth` is the live session or null.
 * A cookie that is forged, expired or points to a revoked session is cleared.
 */
export const authentication = createMiddleware<AppEnv>(async (c, next) => {
  c.set("auth", null);
  const hasCookie = getCookie(c, SESSION_COOKIE) !== undefined;
  const token = hasCookie ? await sessionTokenOf(c) : null;
  const session = token ? await loadSession(c.var.db, token) : null;
  if (session) {
    c.set("auth", session.auth);
    if (session.renewedUntil && token) await setSessionCookie(c, token, session.renewedUntil);
  } else if (hasCookie) {
    clearSessionCookie(c);
  }
  await next();
});
