import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import type { Database, DatabaseHandle } from "./database.ts";
import * as schema from "./schema/index.ts";

export type PgliteOptions = {
  /** A data folder for a database that persists; in memory when absent. */
  dataDir?: string | undefined;
};

export const openPgliteDatabase = async (options: PgliteOptions = {}): Promise<DatabaseHandle> => {
  // pg_trgm: the trigram similarity of the bénéficiaires' duplicate rule, as on the managed server.
  const extensions = { pg_trgm };
  const client = options.dataDir ? new PGlite(options.dataDir, { extensions }) : new PGlite({ extensions });
  await client.waitReady;
  const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Database;
  return { db, driver: "pglite", close: () => client.close() };
};
