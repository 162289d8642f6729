import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { functionNames } from "@coop/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

type DevServer = { process: ChildProcess; url: string; output: () => string };

/** Starts `node shared/local/src/main.ts` (what `pnpm dev` runs after building the site) and waits for its URL. */
const startDev = (dataDir: string): Promise<DevServer> =>
  new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, [join(root, "shared/local/src/main.ts")], {
      cwd: root,
      env: { ...env, PORT: "0", HOST: "127.0.0.1", PGLITE_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`pnpm dev did not start:\n${output}`)), 150_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/tourne sur (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1]!, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`pnpm dev exited with ${code}:\n${output}`));
    });
  });

const stopDev = (server: DevServer) =>
  new Promise<void>((resolve) => {
    server.process.removeAllListeners("exit");
    server.process.once("exit", () => resolve());
    server.process.kill("SIGTERM");
  });

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "coop-dev-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

// What a new user does on a fresh machine; the embedded database only, so once per CI cycle.
describe.skipIf(!!process.env.DATABASE_URL)("pnpm dev on a fresh data folder", () => {
  it("serves the site and every function, with demo data loaded once and kept", async () => {
    expect(existsSync(join(root, "site/dist/index.html")), "run `pnpm build` first").toBe(true);

    const first = await startDev(dataDir);
    try {
      expect(first.output()).toMatch(/Données de démonstration créées .* \d+ activités/);
      const home = await fetch(`${first.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("La Coop de la médiation numérique");
      for (const name of functionNames) {
        const response = await fetch(`${first.url}/${name}/health`);
        expect(await response.json()).toEqual({ status: "ok", database: "ok" });
      }
    } finally {
      await stopDev(first);
    }

    const second = await startDev(dataDir);
    try {
      expect(second.output()).not.toMatch(/Données de démonstration créées/);
      expect((await fetch(`${second.url}/activites/health`)).status).toBe(200);
    } finally {
      await stopDev(second);
    }
  });
});
