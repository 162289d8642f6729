// Child: one function's real Hono app (`create<Name>App({ db, security })`) over HTTP, on the neon driver.
// Usage: node function-app.ts <function name>, with DATABASE_URL, DATABASE_WS_PROXY, DATABASE_WS_SECURE.
import { loadConfig, securitySettings } from "@coop/config";
import type { AppDependencies } from "@coop/http";
import { openBenchDatabase, serveOnLoopback } from "./child.ts";

type AppFactory = (dependencies: AppDependencies) => {
  fetch: (request: Request) => Response | Promise<Response>;
};

const name = process.argv[2] ?? "";
const factoryName = `create${name.charAt(0).toUpperCase()}${name.slice(1)}App`;
// The bench mounts function apps the way the local platform does; each one it measures is a dependency
// of @coop/bench, named @coop/fn-<name>.
const exports = (await import(`@coop/fn-${name}`)) as Record<string, unknown>;
const createFunctionApp = exports[factoryName] as AppFactory | undefined;
if (typeof createFunctionApp !== "function") {
  console.error(`@coop/fn-${name} n'exporte pas / does not export ${factoryName}`);
  process.exit(2);
}

const database = openBenchDatabase();
const security = securitySettings(loadConfig());
serveOnLoopback(createFunctionApp({ db: database.db, security }).fetch, database);
