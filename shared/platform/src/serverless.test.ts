import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { functionNames } from "./routes.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const require = createRequire(import.meta.url);
const serverlessBin = join(root, "node_modules/.bin/serverless");
const slsEnv = { ...process.env, SLS_TELEMETRY_DISABLED: "1", SLS_NOTIFICATIONS_MODE: "off" };

type FunctionConfig = { handler: string; events?: Array<{ schedule?: { rate: string; input?: unknown } }> };
type ServiceConfig = {
  provider: { runtime: string; env: Record<string, string> };
  functions: Record<string, FunctionConfig>;
};

// The plugin's own checks, which it only runs at deploy time (they need no credentials).
const pluginValidation = () => {
  const pluginDir = join(root, "node_modules/serverless-scaleway-functions");
  return require(join(pluginDir, "shared/validate.js")) as {
    validateApplications(this: unknown, errors: string[]): Promise<string[]>;
  };
};

const validateWithPlugin = (service: ServiceConfig): Promise<string[]> => {
  const validation = pluginValidation();
  const context = Object.assign(Object.create(validation), {
    serverless: { service: structuredClone(service) },
    runtime: service.provider.runtime,
  });
  return validation.validateApplications.call(context, []);
};

let service: ServiceConfig;

beforeAll(async () => {
  for (const name of functionNames) {
    await run(process.execPath, [join(root, "shared/platform/scripts/bundle-function.ts"), name], {
      cwd: root,
    });
  }
  const { stdout } = await run(serverlessBin, ["print", "--format", "json"], { cwd: root, env: slsEnv });
  service = JSON.parse(stdout.slice(stdout.indexOf("{")));
});

describe("serverless.yml", () => {
  it("declares the six functions, each handler a bundle that the plugin accepts", async () => {
    expect(Object.keys(service.functions).sort()).toEqual([...functionNames].sort());
    for (const [name, fn] of Object.entries(service.functions)) {
      expect(fn.handler).toBe(`dist/${name}/index.handle`);
      expect(existsSync(join(root, `dist/${name}/index.js`))).toBe(true);
    }
    const previous = process.cwd();
    process.chdir(root); // the plugin resolves handler files from the working directory
    try {
      expect(await validateWithPlugin(service)).toEqual([]);
    } finally {
      process.chdir(previous);
    }
  });

  it("schedules the imports with cron expressions the platform accepts, and the check can fail", async () => {
    const rates = Object.values(service.functions).flatMap((fn) =>
      (fn.events ?? []).map((event) => event.schedule?.rate),
    );
    expect(rates).toEqual(["30 5 * * *", "0 3 * * *"]);

    const previous = process.cwd();
    process.chdir(root);
    try {
      const broken = structuredClone(service);
      broken.functions.imports!.events = [{ schedule: { rate: "*/15 * * * *" } }];
      broken.functions.auth!.handler = "dist/auth/index.js.handle";
      const errors = await validateWithPlugin(broken);
      expect(errors.join("\n")).toMatch(/Trigger Schedule is invalid: \*\/15/);
      expect(errors.join("\n")).toMatch(/Handler file defined for function auth/);
    } finally {
      process.chdir(previous);
    }
  });

  it("keeps secrets out of the plain environment", () => {
    const plain = Object.keys(service.provider.env);
    for (const secret of [
      "DATABASE_URL",
      "SENTRY_DSN",
      "SESSION_SECRET",
      "HMAC_SECRET_KEY",
      "PROCONNECT_CLIENT_SECRET",
      "SMTP_URL",
      "DATASPACE_API_KEY",
    ])
      expect(plain).not.toContain(secret);
  });
});

describe("bundled handlers", () => {
  it.each(functionNames)("%s answers a platform event for its health route", async (name) => {
    const event = { path: `/${name}/health`, httpMethod: "GET", headers: { host: "fn.example" }, body: "" };
    const script = `const { handle } = await import(${JSON.stringify(join(root, `dist/${name}/index.js`))});
      process.stdout.write(JSON.stringify(await handle(${JSON.stringify(event)}, {})));`;
    // No database server here: the handler must still start and say so with 503, not crash.
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: "postgres://coop:coop@127.0.0.1:9/coop",
        DATABASE_WS_PROXY: "127.0.0.1:9/",
        DATABASE_WS_SECURE: "false",
        LOG_LEVEL: "silent",
      },
    });
    const response = JSON.parse(stdout) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(503);
    expect(JSON.parse(response.body)).toEqual({ status: "error", database: "error" });
  });
});

// Packaging does not touch a database: the PGlite run checks it, the Postgres run need not repeat it.
describe.skipIf(!!process.env.DATABASE_URL)("serverless package (offline, no credentials)", () => {
  it("writes one archive holding every bundled handler and nothing else", async () => {
    // The plugin always writes to .serverless/ (it ignores --package).
    await run(serverlessBin, ["package"], { cwd: root, env: slsEnv });
    const zip = join(root, ".serverless/coop-mediation-numerique.zip");
    expect((await readFile(zip)).subarray(0, 2).toString()).toBe("PK");
    const { stdout } = await run("python3", [
      "-c",
      "import sys,zipfile;print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))",
      zip,
    ]);
    const files = stdout.trim().split("\n");
    for (const name of functionNames) expect(files).toContain(`dist/${name}/index.js`);
    expect(files).toContain("dist/package.json");
    expect(files.every((file) => file.startsWith("dist/") && !file.endsWith(".map"))).toBe(true);
  });
});
