import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServerTestDatabase } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { functionNames } from "@coop/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalPlatform, startLocalPlatform } from "./platform.ts";

let platform: LocalPlatform;
let siteDir: string;
let dropDatabase: (() => Promise<void>) | undefined;
let prepared = 0;

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), "coop-site-"));
  await writeFile(join(siteDir, "index.html"), "<!doctype html><title>Accueil</title><h1>Accueil</h1>");
  await writeFile(join(siteDir, "404.html"), "<!doctype html><title>Page non trouvée</title>");

  let database: { url?: string; pgliteDataDir?: string } = { pgliteDataDir: ":memory:" };
  if (process.env.DATABASE_URL) {
    const server = await createServerTestDatabase(process.env.DATABASE_URL);
    dropDatabase = server.drop;
    database = { url: server.url }; // no proxy given: the platform starts its own bridge, as `pnpm dev` does
  }
  platform = await startLocalPlatform({
    host: "127.0.0.1",
    port: 0,
    database,
    secrets: testSecurity,
    siteDir,
    prepare: async () => {
      prepared += 1;
    },
  });
});

afterAll(async () => {
  await platform?.close();
  await dropDatabase?.();
  await rm(siteDir, { recursive: true, force: true });
});

describe(`local platform on ${process.env.DATABASE_URL ? "postgres (neon driver)" : "pglite"}`, () => {
  it("prepares the migrated database once before listening", () => {
    expect(prepared).toBe(1);
    expect(platform.url).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it.each(functionNames)("routes /%s/health to its function, which reaches the database", async (name) => {
    const response = await fetch(`${platform.url}/${name}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("serves the site for every other path, with its 404 page", async () => {
    const home = await fetch(`${platform.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toContain("text/html");
    expect(await home.text()).toContain("<h1>Accueil</h1>");

    const missing = await fetch(`${platform.url}/nulle-part`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page non trouvée");
  });

  it("leaves unknown function paths to the function's own error shape", async () => {
    const response = await fetch(`${platform.url}/beneficiaires/nulle-part`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("never serves files outside the site folder", async () => {
    const response = await fetch(`${platform.url}/%2e%2e/%2e%2e/package.json`);
    expect([400, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('"name"');
  });
});
