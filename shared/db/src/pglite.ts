import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import type { Database, DatabaseHandle } from "./database.ts";
import * as schema from "./schema/index.ts";

export type PgliteOptions = {
  /** A data folder for a database that persists; in memory when absent. */
  dataDir?: string | undefined;
};

export const openPgliteDatabase = async (options: PgliteOptions = {}): Promise<DatabaseHandle> => {
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Database;
  return { db, driver: "pglite", close: () => client.close() };
};
