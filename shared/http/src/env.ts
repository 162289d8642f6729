import type { Database } from "@coop/db";
import type { ErrorReporter } from "@coop/observability";

/** What every function receives from its handler (production) or its test. */
export type AppDependencies = {
  db: Database;
  errorReporter?: ErrorReporter;
};

/** Hono environment shared by every function app. */
export type AppEnv = {
  Variables: {
    db: Database;
    requestId: string;
  };
};
