import type { AddressInfo } from "node:net";
import type { DatabaseSettings } from "@coop/db/open";
import type { SecuritySettings } from "@coop/http";
import { createErrorReporter } from "@coop/observability";
import { functionForPath } from "@coop/platform";
import { serve } from "@hono/node-server";
import { type LocalDatabase, openLocalDatabase } from "./database.ts";
import { createFunctionApps } from "./functions.ts";
import { serveSite } from "./site.ts";

export type LocalPlatformOptions = {
  host: string;
  port: number;
  database: DatabaseSettings;
  /** Secrets; the public origin is the platform's own URL. */
  secrets: Omit<SecuritySettings, "publicUrl">;
  siteDir: string;
  sentryDsn?: string | undefined;
  /** Runs once the database is ready, before the server listens (demo data on first run). */
  prepare?: (database: LocalDatabase) => Promise<void>;
};

export type LocalPlatform = {
  url: string;
  database: LocalDatabase;
  close(): Promise<void>;
};

/**
 * One process standing in for the Scaleway platform: every function behind its path prefix
 * (the production route table) and the built site for every other path, on one origin.
 */
export const startLocalPlatform = async (options: LocalPlatformOptions): Promise<LocalPlatform> => {
  const database = await openLocalDatabase(options.database);
  await options.prepare?.(database);

  // Listen first: the public origin (checked on cookie-authenticated writes) is the URL we get.
  let handle: (request: Request) => Response | Promise<Response> = () => new Response(null, { status: 503 });
  const server = serve({ fetch: (request) => handle(request), hostname: options.host, port: options.port });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${host === "127.0.0.1" ? "localhost" : host}:${port}`;

  const apps = createFunctionApps({
    db: database.db,
    security: { ...options.secrets, publicUrl: url },
    errorReporter: createErrorReporter({ dsn: options.sentryDsn, environment: "local" }),
  });
  const site = serveSite(options.siteDir);
  handle = (request) => {
    const fn = functionForPath(new URL(request.url).pathname);
    return fn ? apps[fn].fetch(request) : site(request);
  };

  return {
    url,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
};
