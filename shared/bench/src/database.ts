// The bench's database: a fresh, migrated database on the server at DATABASE_URL (or the local default).
import net from "node:net";
import { openNeonDatabase } from "@coop/db";
import { migrateDatabase } from "@coop/db/migrate";
import { createServerTestDatabase } from "@coop/db/testing";
import { withTimeout } from "./cleanup.ts";
import { displayUrl } from "./report.ts";

export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

export type ServerChoice = { url: string; origin: "DATABASE_URL" | "défaut / default" };

export const chooseServer = (env = process.env): ServerChoice =>
  env.DATABASE_URL
    ? { url: env.DATABASE_URL, origin: "DATABASE_URL" }
    : { url: DEFAULT_DATABASE_URL, origin: "défaut / default" };

export class DatabaseUnreachableError extends Error {}

const unreachable = (server: ServerChoice, reason: string) =>
  new DatabaseUnreachableError(
    `PostgreSQL injoignable / not reachable at ${displayUrl(server.url)} (${server.origin}` +
      `${server.origin === "DATABASE_URL" ? "" : "; set DATABASE_URL for another server"}): ${reason}`,
  );

/** A TCP connection to the server, so that a stopped Postgres gets a clear message within seconds. */
const checkTcp = (server: ServerChoice, timeoutMs = 3000) =>
  new Promise<void>((resolve, reject) => {
    let url: URL;
    try {
      url = new URL(server.url);
    } catch {
      reject(unreachable(server, "URL invalide / invalid URL"));
      return;
    }
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.once("connect", () => {
      socket.destroy();
      resolve();
    });
    socket.once("error", (error: NodeJS.ErrnoException) =>
      reject(unreachable(server, error.code ?? error.message)),
    );
  });

export type BenchDatabase = { url: string; drop(): Promise<void> };

/** Creates and migrates the database; `drop` removes it. Throws DatabaseUnreachableError with the URL tried. */
export const createBenchDatabase = async (server: ServerChoice): Promise<BenchDatabase> => {
  await checkTcp(server);
  let created: Awaited<ReturnType<typeof createServerTestDatabase>>;
  try {
    created = await withTimeout(createServerTestDatabase(server.url), 20_000, "create database");
  } catch (error) {
    throw unreachable(server, (error as Error).message);
  }
  try {
    const handle = openNeonDatabase({ ...created.connection, url: created.url, poolMax: 1 });
    try {
      await withTimeout(migrateDatabase(handle), 30_000, "migrate");
    } finally {
      await handle.close();
    }
  } catch (error) {
    await created.drop();
    throw error;
  }
  return { url: created.url, drop: () => withTimeout(created.drop(), 10_000, "drop database") };
};
