import type { Executor } from "@coop/db";
import { sql } from "drizzle-orm";

/**
 * Counts one attempt for `key` in a fixed window shared by every function instance.
 * Allowed while the count stays within `limit`; then refused until the window ends.
 */
export const consumeRateLimit = async (
  db: Executor,
  key: string,
  { limit, windowSeconds }: { limit: number; windowSeconds: number },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> => {
  const window = sql`make_interval(secs => ${windowSeconds})`;
  const result = await db.execute<{ count: number; retry_after: number }>(sql`
    insert into coop.rate_limits as r (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when r.window_start <= now() - ${window} then 1 else r.count + 1 end,
      window_start = case when r.window_start <= now() - ${window} then now() else r.window_start end
    returning r.count, ceil(extract(epoch from (r.window_start + ${window} - now())))::int as retry_after`);
  const row = result.rows[0]!;
  return { allowed: row.count <= limit, retryAfterSeconds: Math.max(1, row.retry_after) };
};
