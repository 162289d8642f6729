// Child: the floor a function's route is compared with. A bare Hono app that answers every request with a
// drizzle `select 1` on the same kind of neon pool, and nothing else: no middleware, no logging, no timeout
// race. Usage: node floor.ts [status] — the status the measured route answers with (200 by default).
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { openBenchDatabase, serveOnLoopback } from "./child.ts";

const status = Number(process.argv[2] ?? "200") as ContentfulStatusCode;
const database = openBenchDatabase();
const app = new Hono().all("*", async (c) => {
  await database.db.execute(sql`select 1`);
  return c.json({ status: "ok", database: "ok" }, status);
});
serveOnLoopback(app.fetch, database);
