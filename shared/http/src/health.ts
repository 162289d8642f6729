import { isDatabaseReachable } from "@coop/db";
import { Hono } from "hono";
import type { AppEnv } from "./env.ts";

export type HealthBody = { status: "ok" | "error"; database: "ok" | "error" };

/** `GET /health`: 200 when the database answers, 503 otherwise. Mounted under each function's prefix. */
export const healthRoutes = () =>
  new Hono<AppEnv>().get("/health", async (c) => {
    const reachable = await isDatabaseReachable(c.var.db);
    c.header("Cache-Control", "no-store");
    const body: HealthBody = reachable
      ? { status: "ok", database: "ok" }
      : { status: "error", database: "error" };
    return c.json(body, reachable ? 200 : 503);
  });
