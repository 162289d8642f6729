import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServerTestDatabase } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { functionNames } from "@coop/platform";
import { loginAs } from "@coop/standins";
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
    environment: { SESSION_SECRET: testSecurity.sessionSecret, HMAC_SECRET_KEY: testSecurity.hmacSecretKey },
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

describe("sign-in through the local stand-ins, over HTTP", () => {
  const sessionCookie = (response: Response) =>
    response.headers
      .getSetCookie()
      .find((line) => line.startsWith("coop_session="))
      ?.split(";")[0];

  it("with ProConnect: platform → local provider → callback → session", async () => {
    const start = await fetch(`${platform.url}/auth/proconnect/connexion`, { redirect: "manual" });
    expect(start.status).toBe(302);
    const flow = start.headers.getSetCookie()[0]!.split(";")[0]!;
    const { callbackUrl } = await loginAs(start.headers.get("location")!, "nadia.benali@coop-demo.fr");
    expect(callbackUrl.startsWith(`${platform.url}/auth/proconnect/retour?`)).toBe(true);

    const back = await fetch(callbackUrl, { headers: { cookie: flow }, redirect: "manual" });
    expect(back.status).toBe(303);
    const me = await fetch(`${platform.url}/auth/me`, { headers: { cookie: sessionCookie(back)! } });
    expect(await me.json()).toMatchObject({ user: { email: "nadia.benali@coop-demo.fr" } });
  });

  it("with an e-mail link caught by the local SMTP server", async () => {
    const asked = await fetch(`${platform.url}/auth/email/connexion`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: platform.url },
      body: JSON.stringify({ email: "Camille.Roux@Exemple.fr" }),
    });
    expect(asked.status).toBe(202);
    const mail = await platform.standins.mail.waitForMessage((message) =>
      message.to.includes("camille.roux@exemple.fr"),
    );
    expect(mail.subject).toBe("Connexion à La Coop de la médiation numérique");
    const link = /https?:\/\/\S+\/auth\/email\/verification\?\S+/.exec(mail.text)![0];

    const used = await fetch(link, { redirect: "manual" });
    expect(used.status).toBe(303);
    expect(used.headers.get("location")).toBe("/inscription");
    expect(sessionCookie(used)).toBeTruthy();
    const again = await fetch(link, { redirect: "manual" });
    expect(again.status).toBe(400);
    expect(sessionCookie(again)).toBeUndefined();
  });
});
