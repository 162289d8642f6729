import { describe, expect, it } from "vitest";
import { ConfigError, databaseSettings, loadConfig } from "./index.ts";

describe("configuration", () => {
  it("defaults to the embedded database and no error reporting", () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SENTRY_DSN).toBeUndefined();
    expect(databaseSettings(config)).toMatchObject({ url: undefined, pgliteDataDir: ".data/pglite" });
  });

  it("treats empty variables as unset and parses flags and numbers", () => {
    const config = loadConfig({ SENTRY_DSN: "", DATABASE_WS_SECURE: "false", DATABASE_POOL_MAX: "12" });
    expect(config.SENTRY_DSN).toBeUndefined();
    expect(config.DATABASE_WS_SECURE).toBe(false);
    expect(config.DATABASE_POOL_MAX).toBe(12);
  });

  it("uses development secrets outside production and requires real ones in production", () => {
    expect(loadConfig({}).SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET, HMAC_SECRET_KEY requis/);
    expect(() => loadConfig({ SESSION_SECRET: "court" })).toThrow(/SESSION_SECRET/);
  });

  it("names the faulty variable", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "soixante" })).toThrow(/PORT/);
  });
});
