// Child: the floor a function's health route is compared with. A bare Hono app whose route runs a drizzle
// `select 1` on the same kind of neon pool, and nothing else: no middleware, no logging, no timeout race.
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { openBenchDatabase, serveOnLoopback } from "./child.ts";

const database = openBenchDatabase();
const app = new Hono().get("/:fn/health", async (c) => {
  await database.db.execute(sql`select 1`);
  return c.json({ status: "ok", database: "ok" });
});
serveOnLoopback(app.fetch, database);
