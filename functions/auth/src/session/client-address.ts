import type { Context } from "hono";

/** The caller's address as the platform's proxy reports it (first X-Forwarded-For hop), for rate limits. */
export const clientAddress = (c: Context) =>
  c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || c.req.header("x-real-ip") || "local";
