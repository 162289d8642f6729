import type { AddressInfo } from "node:net";
import { loadConfig, securitySettings } from "@coop/config";
import type { DatabaseSettings } from "@coop/db/open";
import { createErrorReporter } from "@coop/observability";
import { functionForPath } from "@coop/platform";
import type { AllStandins } from "@coop/standins";
import { serve } from "@hono/node-server";
import { type LocalDatabase, openLocalDatabase } from "./database.ts";
import { createFunctionApps } from "./functions.ts";
import { serveSite } from "./site.ts";
import { standinEnvironment, startLocalStandins } from "./standins.ts";

export type LocalPlatformOptions = {
  host: string;
  port: number;
  database: DatabaseSettings;
  /**
   * The environment the functions read (secrets, SENTRY_DSN…). The public URL and the external
   * services are set by the platform: its own URL and the local stand-ins.
   */
  environment: Record<string, string | undefined>;
  siteDir: string;
  /** Runs once the database is ready, before the server listens (demo data on first run). */
  prepare?: (database: LocalDatabase) => Promise<void>;
};

export type LocalPlatform = {
  url: string;
  database: LocalDatabase;
  standins: AllStandins;
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

  const standins = await startLocalStandins(url);
  const config = loadConfig({ ...options.environment, ...standinEnvironment(standins, url) });
  const apps = createFunctionApps(
    {
      db: database.db,
      security: securitySettings(config),
      errorReporter: createErrorReporter({ dsn: config.SENTRY_DSN, environment: "local" }),
    },
    config,
  );
  const site = serveSite(options.siteDir);
  handle = (request) => {
    const fn = functionForPath(new URL(request.url).pathname);
    return fn ? apps[fn].fetch(request) : site(request);
  };

  return {
    url,
    database,
    standins,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await standins.close();
      await database.close();
    },
  };
};
