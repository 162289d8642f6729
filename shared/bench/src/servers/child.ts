// What the HTTP servers of src/servers/ share: their database and their HTTP server.
import { type DatabaseHandle, openNeonDatabase } from "@coop/db";
import { serve } from "@hono/node-server";
import { announceReady, onShutdown, reportCpuOnRequest } from "./lifecycle.ts";

type Fetch = (request: Request) => Response | Promise<Response>;

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} manque / is missing`);
    process.exit(2);
  }
  return value;
};

/**
 * The pooled neon database of a bench server, read from the same variables a deployed function reads,
 * so that the app and the floor it is compared with hold the same kind of pool.
 */
export const openBenchDatabase = (): DatabaseHandle =>
  openNeonDatabase({
    url: required("DATABASE_URL"),
    wsProxy: required("DATABASE_WS_PROXY"),
    secureWebSocket: process.env.DATABASE_WS_SECURE !== "false",
    poolMax: Number(process.env.DATABASE_POOL_MAX ?? "5"),
  });

/** Serves `fetch` on a free loopback port with @hono/node-server, as the local platform does. */
export const serveOnLoopback = (fetch: Fetch, database: DatabaseHandle): void => {
  const server = serve({ fetch, hostname: "127.0.0.1", port: 0 }, (info) =>
    announceReady({ port: info.port }),
  );
  reportCpuOnRequest();
  onShutdown(async () => {
    server.close();
    await database.close();
  });
};
