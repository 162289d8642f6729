import { sql } from "drizzle-orm";
import type { Database } from "./database.ts";

/** True when the database answers a trivial query within the time limit. */
export const isDatabaseReachable = async (db: Database, timeoutMs = 2000): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = db
    .execute(sql`select 1`)
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
