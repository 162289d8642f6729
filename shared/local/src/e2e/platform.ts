// The platform an end-to-end browser test drives: the built site, every function, the stand-ins, and a
// database of its own (in-memory PGlite, or a fresh database on the DATABASE_URL server).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "@coop/db";
import { createServerTestDatabase } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { type LocalPlatform, startLocalPlatform } from "../platform.ts";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

export const startE2ePlatform = async (
  prepare?: (db: Database) => Promise<void>,
): Promise<LocalPlatform & { stop(): Promise<void> }> => {
  if (!existsSync(join(root, "site/dist/index.html")))
    throw new Error("Run `pnpm build` first: site/dist is missing.");
  let database: { url?: string; pgliteDataDir?: string } = { pgliteDataDir: ":memory:" };
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.DATABASE_URL) {
    const server = await createServerTestDatabase(process.env.DATABASE_URL);
    dropDatabase = server.drop;
    database = { url: server.url };
  }
  const platform = await startLocalPlatform({
    host: "127.0.0.1",
    port: 0,
    database,
    environment: { SESSION_SECRET: testSecurity.sessionSecret, HMAC_SECRET_KEY: testSecurity.hmacSecretKey },
    siteDir: join(root, "site/dist"),
    ...(prepare ? { prepare: ({ db }) => prepare(db) } : {}),
  });
  return {
    ...platform,
    stop: async () => {
      await platform.close();
      await dropDatabase?.();
    },
  };
};
