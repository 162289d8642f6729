import { type Config, databaseSettings, loadConfig, securitySettings } from "@coop/config";
import { openNeonDatabase } from "@coop/db";
import type { AppDependencies } from "@coop/http";
import { toScalewayHandler } from "@coop/http/scaleway";
import { createErrorReporter } from "@coop/observability";

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

/**
 * The Scaleway entry of a function: reads the environment once per instance, opens the pooled
 * server database (no connection until the first query) and adapts the app to the platform's events.
 */
export const scalewayFunction = (buildApp: (dependencies: AppDependencies, config: Config) => FetchApp) => {
  const config = loadConfig();
  const settings = databaseSettings(config);
  if (!settings.url) throw new Error("DATABASE_URL est requis pour une fonction déployée.");
  const { db } = openNeonDatabase({ ...settings, url: settings.url });
  const errorReporter = createErrorReporter({
    dsn: config.SENTRY_DSN,
    environment: config.SENTRY_ENVIRONMENT,
  });
  return toScalewayHandler(buildApp({ db, errorReporter, security: securitySettings(config) }, config));
};
