import { fileURLToPath } from "node:url";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DatabaseHandle } from "./database.ts";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Applies the committed drizzle-kit migrations that the database has not seen yet. */
export const migrateDatabase = async (handle: DatabaseHandle, folder = migrationsFolder): Promise<void> => {
  const config = { migrationsFolder: folder };
  // Both migrators run the same SQL; they differ only in the session type they accept.
  if (handle.driver === "pglite") await migratePglite(handle.db as never, config);
  else await migrateNeon(handle.db as never, config);
};
