import { jwtVerify, SignJWT } from "jose";

export const SESSION_COOKIE = "coop_session";

const key = (secret: string) => new TextEncoder().encode(secret);

/** The cookie carries only the session token, signed, so that a tampered cookie never reaches the database. */
export const signSessionCookie = (token: string, expires: Date, secret: string): Promise<string> =>
  new SignJWT({ sid: token })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(key(secret));

/** The session token of a cookie, or null when the signature, the expiry or the shape is wrong. */
export const readSessionCookie = async (value: string, secret: string): Promise<string | null> => {
  try {
    const { payload } = await jwtVerify(value, key(secret), { algorithms: ["HS256"] });
    return typeof payload.sid === "string" && payload.sid.length >= 32 ? payload.sid : null;
  } catch {
    return null;
  }
};

/** Secure everywhere but on plain-HTTP localhost (the local platform). */
export const sessionCookieOptions = (publicUrl: string, expires: Date) => ({
  httpOnly: true,
  secure: new URL(publicUrl).protocol === "https:",
  sameSite: "Lax" as const,
  path: "/",
  expires,
});
