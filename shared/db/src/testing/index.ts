import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../database.ts";
import { migrateDatabase } from "../migrate.ts";
import { openNeonDatabase } from "../neon.ts";
import { openPgliteDatabase } from "../pglite.ts";
import { startWsBridge, type WsBridge } from "../ws-bridge.ts";

export type TestDatabase = DatabaseHandle & {
  /** "pglite" or "postgres (neon driver)", for test titles and logs. */
  readonly label: string;
};

let bridge: Promise<WsBridge> | undefined;

const serverUrl = () => process.env.DATABASE_URL;

/** Which database the suite runs on, said once in the test output. */
export const testDatabaseLabel = () => (serverUrl() ? "postgres (neon driver)" : "pglite");

/**
 * A fresh, migrated database for one test file.
 * With DATABASE_URL: a new database on that server, reached through the production driver
 * and an in-process WebSocket bridge, dropped on close. Otherwise: an in-memory PGlite.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const url = serverUrl();
  if (!url) {
    const handle = await openPgliteDatabase();
    await migrateDatabase(handle);
    return { ...handle, label: testDatabaseLabel() };
  }

  bridge ??= startWsBridge();
  const { proxy } = await bridge;
  const connection = { wsProxy: proxy, secureWebSocket: false, poolMax: 4 };
  const name = `coop_test_${randomBytes(6).toString("hex")}`;

  const admin = openNeonDatabase({ ...connection, url, poolMax: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));

  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = openNeonDatabase({ ...connection, url: testUrl.toString() });
  await migrateDatabase(handle);

  return {
    ...handle,
    label: testDatabaseLabel(),
    close: async () => {
      await handle.close();
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
};
