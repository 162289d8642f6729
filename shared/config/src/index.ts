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

  /** Signs the session cookie; at least 32 characters. Required in production. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Key of the HMAC-SHA256 that stores partner API secrets. Required in production. */
  HMAC_SECRET_KEY: z.string().min(32).optional(),

  /** ProConnect issuer (the discovery document is at <issuer>/.well-known/openid-configuration). */
  PROCONNECT_ISSUER: z.url().optional(),
  PROCONNECT_CLIENT_ID: z.string().min(1).optional(),
  PROCONNECT_CLIENT_SECRET: z.string().min(1).optional(),

  /** Sign-in by e-mail link, for preview environments only. */
  EMAIL_MAGIC_LINK: flag.default(false),
  SMTP_URL: z.string().startsWith("smtp").optional(),
  EMAIL_FROM: z
    .string()
    .min(3)
    .default("La Coop de la médiation numérique <ne-pas-repondre@coop-numerique.anct.gouv.fr>"),

  RECHERCHE_ENTREPRISES_URL: z.url().default("https://recherche-entreprises.api.gouv.fr"),
  DATASPACE_URL: z.url().default("https://api.inclusion-numerique.anct.gouv.fr"),
  DATASPACE_API_KEY: z.string().min(1).optional(),

  /** Lets administrators impersonate any user, not only the demo (fixture) accounts. */
  SUDO_USURPATION: flag.default(false),
});

// Development-only secrets, so that `pnpm dev` and the tests need no setup. Production refuses them.
const DEVELOPMENT_SECRETS = {
  SESSION_SECRET: "developpement-seulement-secret-de-session-0123456789",
  HMAC_SECRET_KEY: "developpement-seulement-cle-hmac-des-clients-api-0123",
} as const;

export type Config = Omit<z.infer<typeof environmentSchema>, keyof typeof DEVELOPMENT_SECRETS> & {
  SESSION_SECRET: string;
  HMAC_SECRET_KEY: string;
};

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
  const config = result.data;
  if (config.NODE_ENV === "production") {
    const missing = (["SESSION_SECRET", "HMAC_SECRET_KEY"] as const).filter((name) => !config[name]);
    if (missing.length > 0)
      throw new ConfigError(`Configuration invalide : ${missing.join(", ")} requis en production`);
  }
  return {
    ...config,
    SESSION_SECRET: config.SESSION_SECRET ?? DEVELOPMENT_SECRETS.SESSION_SECRET,
    HMAC_SECRET_KEY: config.HMAC_SECRET_KEY ?? DEVELOPMENT_SECRETS.HMAC_SECRET_KEY,
  };
};

/** What createApp needs to check sessions, origins and API clients. */
export const securitySettings = (config: Config) => ({
  publicUrl: config.PUBLIC_URL,
  sessionSecret: config.SESSION_SECRET,
  hmacSecretKey: config.HMAC_SECRET_KEY,
});

/** Settings for the database client factory. */
export const databaseSettings = (config: Config) => ({
  url: config.DATABASE_URL,
  pgliteDataDir: config.PGLITE_DATA_DIR,
  wsProxy: config.DATABASE_WS_PROXY,
  secureWebSocket: config.DATABASE_WS_SECURE,
  pipelineConnect: config.DATABASE_PIPELINE_CONNECT,
  poolMax: config.DATABASE_POOL_MAX,
});
