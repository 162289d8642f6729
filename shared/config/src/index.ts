import { z } from "@coop/domain";

const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

/**
 * Every environment variable the product reads, parsed once. The README lists the same table.
 * Absent optional values keep the local defaults: embedded database, no error reporting.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Public origin of the product, e.g. https://coop-numerique.anct.gouv.fr */
  PUBLIC_URL: z.url().default("http://localhost:3000"),

  DATABASE_URL: z.string().startsWith("postgres").optional(),
  DATABASE_WS_PROXY: z.string().min(1).optional(),
  DATABASE_WS_SECURE: flag.default(true),
  DATABASE_PIPELINE_CONNECT: flag.default(false),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),

  SENTRY_DSN: z.url().optional(),
  SENTRY_ENVIRONMENT: z.string().min(1).default("development"),

  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
});

export type Config = z.infer<typeof environmentSchema>;

export class ConfigError extends Error {}

export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  // An empty variable means "not set", as shells and deploy tools often write them.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new ConfigError(`Configuration invalide : ${details}`);
  }
  return result.data;
};

/** Settings for the database client factory. */
export const databaseSettings = (config: Config) => ({
  url: config.DATABASE_URL,
  pgliteDataDir: config.PGLITE_DATA_DIR,
  wsProxy: config.DATABASE_WS_PROXY,
  secureWebSocket: config.DATABASE_WS_SECURE,
  pipelineConnect: config.DATABASE_PIPELINE_CONNECT,
  poolMax: config.DATABASE_POOL_MAX,
});
