export type { LogLevel } from "./log.ts";
export { log } from "./log.ts";
export type { ErrorReporter } from "./sentry.ts";
export { createErrorReporter } from "./sentry.ts";
