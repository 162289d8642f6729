import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { schema } from "@coop/db";
import { eq } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";

const { apiClients } = schema;

export type ApiClientScope = (typeof schema.apiClientScopeEnum.enumValues)[number];

/** A new partner secret: 32 random bytes, hex. Shown once, never stored. */
export const generateApiSecret = () => randomBytes(32).toString("hex");

/** What the database keeps of a secret: HMAC-SHA256 under the server key, hex. */
export const hashApiSecret = (secret: string, hmacSecretKey: string) =>
  createHmac("sha256", hmacSecretKey).update(secret).digest("hex");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BEARER = /^Bearer ([^:\s]+):([0-9a-fA-F]{16,256})$/;
const DUMMY_HASH = "0".repeat(64);

/**
 * Partner API authentication: `Authorization: Bearer <clientId>:<secret>`, a client inside its validity
 * window holding the route's scope. Any failure is the contract's 403 `{"error":"Forbidden"}`, whatever
 * the cause, and takes the same work (an HMAC and a constant-time comparison) whether the client exists or not.
 */
export const apiClientAuth = (scope?: ApiClientScope) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const forbidden = () => c.json({ error: "Forbidden" }, 403);
    const match = BEARER.exec(c.req.header("authorization") ?? "");
    if (!match) return forbidden();
    const [, clientId, secret] = match as unknown as [string, string, string];

    const [client] = UUID.test(clientId)
      ? await c.var.db.select().from(apiClients).where(eq(apiClients.id, clientId)).limit(1)
      : [];
    const expected = Buffer.from(client?.secretHash ?? DUMMY_HASH, "hex");
    const given = Buffer.from(hashApiSecret(secret, c.var.security.hmacSecretKey), "hex");
    const secretMatches = expected.length === given.length && timingSafeEqual(expected, given);

    const now = Date.now();
    const valid =
      client &&
      secretMatches &&
      client.validFrom.getTime() <= now &&
      (!client.validUntil || now <= client.validUntil.getTime()) &&
      (!scope || client.scopes.includes(scope));
    if (!valid) return forbidden();

    c.set("apiClient", { id: client.id, name: client.name, scopes: client.scopes });
    await next();
  });
