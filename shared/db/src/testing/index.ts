import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
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

/** The in-process WebSocket bridge shared by this test process's server connections. */
const testBridge = async () => {
  bridge ??= startWsBridge();
  const { proxy } = await bridge;
  return { wsProxy: proxy, secureWebSocket: false };
};

/** Which database the suite runs on, said once in the test output. */
export const testDatabaseLabel = () => (process.env.DATABASE_URL ? "postgres (neon driver)" : "pglite");

/**
 * An empty database of its own on the DATABASE_URL server, for a test that opens its own
 * connections (the local platform, a spawned process). `drop` removes it.
 */
export const createServerTestDatabase = async (serverUrl: string) => {
  const connection = await testBridge();
  const name = `coop_test_${randomBytes(6).toString("hex")}`;
  const admin = openNeonDatabase({ ...connection, url: serverUrl, poolMax: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    connection,
    drop: async () => {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
};

/**
 * A fresh, migrated database for one test file.
 * With DATABASE_URL: a new database on that server, reached through the production driver
 * and an in-process WebSocket bridge, dropped on close. Otherwise: an in-memory PGlite.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openPgliteDatabase();
    await migrateDatabase(handle);
    return { ...handle, label: testDatabaseLabel() };
  }

  const server = await createServerTestDatabase(serverUrl);
  const handle = openNeonDatabase({ ...server.connection, url: server.url, poolMax: 4 });
  await migrateDatabase(handle);
  return {
    ...handle,
    label: testDatabaseLabel(),
    close: async () => {
      await handle.close();
      await server.drop();
    },
  };
};

/** Row counts of some tables, to prove that a refused request wrote nothing. */
export const countRows = (db: DatabaseHandle["db"], ...tables: PgTable[]) =>
  Promise.all(tables.map((table) => db.$count(table)));
