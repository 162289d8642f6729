import { log } from "./log.ts";

type SentryModule = typeof import("@sentry/node");

export type ErrorReporter = {
  capture(error: unknown, context: Record<string, unknown>): Promise<void>;
};

let sentry: Promise<SentryModule | undefined> | undefined;

// Loaded only when a DSN is set, so that cold starts without Sentry do not pay for the SDK.
const loadSentry = (dsn: string, environment: string, release?: string) =>
  import("@sentry/node").then((Sentry) => {
    Sentry.init({ dsn, environment, release, sendDefaultPii: false, tracesSampleRate: 0 });
    return Sentry;
  });

/** Reports unexpected errors to Sentry when SENTRY_DSN is set; otherwise only logs them. */
export const createErrorReporter = (options: {
  dsn?: string | undefined;
  environment?: string | undefined;
  release?: string | undefined;
}): ErrorReporter => ({
  async capture(error, context) {
    log("error", "unexpected error", {
      ...context,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    });
    if (!options.dsn) return;
    sentry ??= loadSentry(options.dsn, options.environment ?? "production", options.release).catch(
      (cause) => {
        log("error", "sentry unavailable", { error: String(cause) });
        return undefined;
      },
    );
    const Sentry = await sentry;
    if (!Sentry) return;
    Sentry.captureException(error, { extra: context });
    // A function instance may be frozen right after the response: send now.
    await Sentry.flush(2000);
  },
});
