// The bench's knobs, from the environment, checked once.
import { testSecurity } from "@coop/http/testing";

export class SettingError extends Error {}

const integer = (name: string, fallback: number, min: number, max: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SettingError(
      `${name} doit être un entier / must be an integer in [${min}, ${max}] (reçu / got ${raw})`,
    );
  }
  return value;
};

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"];

export const readSettings = () => {
  const logLevel = process.env.BENCH_LOG_LEVEL || "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new SettingError(`BENCH_LOG_LEVEL: ${LOG_LEVELS.join(", ")} (reçu / got ${logLevel})`);
  }
  return {
    /** Counted cold starts per target (one more, first, is not counted). */
    runs: integer("BENCH_RUNS", 7, 1, 50),
    concurrency: integer("BENCH_CONCURRENCY", 10, 1, 256),
    warmupMs: integer("BENCH_WARMUP_MS", 1000, 0, 10_000),
    durationMs: integer("BENCH_DURATION_MS", 5000, 500, 30_000),
    /** Each server of a load scenario is loaded this many times, in turn with the others. */
    loadRounds: integer("BENCH_LOAD_ROUNDS", 2, 1, 10),
    /** The neon pool of every child (the deployed default is 5). */
    poolMax: integer("BENCH_POOL_MAX", 5, 1, 100),
    /** The children's LOG_LEVEL (the deployed default is info: one access-log line per request). */
    logLevel,
  };
};

export type BenchSettings = ReturnType<typeof readSettings>;

/**
 * What every child gets: nothing inherited from this shell but PATH, production mode, the database, and
 * the test suite's throwaway secrets (production mode requires secrets; the bench signs its sessions
 * with these).
 */
export const childEnv = (
  settings: BenchSettings,
  database: { url: string; proxy: string },
): Record<string, string> => ({
  PATH: process.env.PATH ?? "",
  NODE_ENV: "production",
  LOG_LEVEL: settings.logLevel,
  DATABASE_URL: database.url,
  DATABASE_WS_PROXY: database.proxy,
  DATABASE_WS_SECURE: "false",
  DATABASE_POOL_MAX: String(settings.poolMax),
  PUBLIC_URL: testSecurity.publicUrl,
  SESSION_SECRET: testSecurity.sessionSecret,
  HMAC_SECRET_KEY: testSecurity.hmacSecretKey,
});
