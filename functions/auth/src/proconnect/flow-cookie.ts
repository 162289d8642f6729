import { jwtVerify, SignJWT } from "jose";

/** What the browser carries between the redirect to ProConnect and the return: 10 minutes at most. */
export const FLOW_COOKIE = "coop_proconnect";
const FLOW_LIFETIME_SECONDS = 600;

export type Flow = { state: string; codeVerifier: string; nonce: string; retour: string };

const key = (secret: string) => new TextEncoder().encode(`proconnect:${secret}`);

export const sealFlow = (flow: Flow, secret: string) =>
  new SignJWT(flow)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(`${FLOW_LIFETIME_SECONDS}s`)
    .sign(key(secret));

export const openFlow = async (value: string | undefined, secret: string): Promise<Flow | null> => {
  if (!value) return null;
  try {
    const { payload } = await jwtVerify(value, key(secret), { algorithms: ["HS256"] });
    const { state, codeVerifier, nonce, retour } = payload;
    if ([state, codeVerifier, nonce, retour].every((field) => typeof field === "string")) {
      return { state, codeVerifier, nonce, retour } as Flow;
    }
    return null;
  } catch {
    return null;
  }
};

export const flowCookieOptions = (publicUrl: string) => ({
  httpOnly: true,
  secure: new URL(publicUrl).protocol === "https:",
  sameSite: "Lax" as const,
  path: "/auth/proconnect",
  maxAge: FLOW_LIFETIME_SECONDS,
});

/** Only a path of our own site: never an open redirect. */
export const safeRetour = (value: string | undefined | null, fallback = "/coop") =>
  value && /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
