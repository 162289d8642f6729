// `pnpm bench`: cold starts of the bundled functions, and HTTP load on function routes, each figure
// beside its floor and the ratio to it. Knobs: see settings.ts; the server at DATABASE_URL, else the
// local default (database.ts). Every child, bridge and database is cleaned up, on failure too.
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startWsBridge } from "@coop/db/ws-bridge";
import { functionNames } from "@coop/platform";
import { type Bundle, bundleFunction } from "./bundles.ts";
import { startService, stopAllChildren } from "./children.ts";
import { Cleanup, withTimeout } from "./cleanup.ts";
import { bundleProbe, type ColdStartTarget, honoProbe, measureColdStarts } from "./cold-start.ts";
import { chooseServer, createBenchDatabase, DatabaseUnreachableError } from "./database.ts";
import { coldStartTable, displayUrl, heading, loadTable } from "./report.ts";
import { loadScenarios, runLoadScenario } from "./scenarios.ts";
import { type BenchSettings, childEnv, readSettings, SettingError } from "./settings.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

const progress = (message: string) => process.stderr.write(`· ${message}\n`);

const coldStartTargets = (bundles: Bundle[], env: Record<string, string>): ColdStartTarget[] => [
  { label: "baseline hono", source: honoProbe(import.meta.resolve("hono")), env, expectedStatus: 200 },
  ...bundles.map((bundle) => ({
    label: bundle.name,
    source: bundleProbe(pathToFileURL(bundle.handlerPath).href, {
      path: `/${bundle.name}/health`,
      httpMethod: "GET",
      headers: { host: "bench" },
      body: "",
    }),
    env,
    expectedStatus: 200,
  })),
];

const main = async (settings: BenchSettings, cleanup: Cleanup) => {
  const startedAt = performance.now();
  const loadAverageBefore = os.loadavg()[0]!;
  const server = chooseServer();

  progress(`base de données / database on ${displayUrl(server.url)} (${server.origin})`);
  const database = await createBenchDatabase(server);
  cleanup.add("drop database", () => database.drop());
  progress(`database ${new URL(database.url).pathname.slice(1)} created and migrated`);

  progress(`bundling ${functionNames.join(", ")}`);
  const bundles: Bundle[] = [];
  for (const name of functionNames) bundles.push(await bundleFunction(root, name));

  // Cold starts go through a bridge in this process, idle while each child starts.
  const bridge = await startWsBridge();
  cleanup.add("ws bridge", () => bridge.close());
  progress(`cold starts: ${settings.runs} runs (+1 warm-up) × ${bundles.length + 1} targets`);
  const coldStarts = await measureColdStarts(
    coldStartTargets(bundles, childEnv(settings, { url: database.url, proxy: bridge.proxy })),
    { runs: settings.runs },
  );
  await bridge.close();

  // Under load the bridge gets a process of its own: no event loop shared with the load generator.
  const loadBridge = await startService<{ proxy: string }>("ws-bridge.ts", [], {
    PATH: process.env.PATH ?? "",
  });
  cleanup.add("ws bridge (child)", () => loadBridge.stop());
  const env = childEnv(settings, { url: database.url, proxy: loadBridge.info.proxy });
  const loads = [];
  for (const scenario of loadScenarios) {
    progress(`load: ${scenario.title}, ${scenario.servers.length} servers × ${settings.loadRounds} rounds`);
    loads.push({ scenario, results: await runLoadScenario(scenario, { env, settings, cleanup }) });
  }
  await loadBridge.stop();

  const cpus = os.cpus();
  console.log(heading("Banc d'essai / benchmark — La Coop de la médiation numérique"));
  console.log(
    `node ${process.version} · ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"} · load average ` +
      `${loadAverageBefore.toFixed(2)} before (above ~0.5, other work shares the cores: expect noise)\n` +
      `PostgreSQL ${displayUrl(server.url)} (${server.origin}) → neon driver via ws bridge, ` +
      `pool max ${settings.poolMax}, children's LOG_LEVEL=${settings.logLevel}`,
  );
  console.log(
    heading(
      `1. Démarrage à froid / cold start — spawn → 1st answer of GET /<fn>/health, ` +
        `${settings.runs} runs (+1 warm-up)`,
    ),
  );
  console.log(coldStartTable(coldStarts, bundles));
  for (const { scenario, results } of loads) {
    console.log(
      heading(
        `2. Charge / load — ${scenario.title} over HTTP, ${settings.concurrency} keep-alive loops, ` +
          `${settings.loadRounds} × (${settings.warmupMs} ms warm-up + ${settings.durationMs} ms) each`,
      ),
    );
    console.log(loadTable(results));
  }
  console.log(`\n${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
};

const cleanup = new Cleanup();
cleanup.add("child processes", () => stopAllChildren());
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    process.stderr.write(`\n${signal}: nettoyage / cleaning up…\n`);
    void cleanup.run().finally(() => process.exit(130));
  });
}

try {
  await withTimeout(main(readSettings(), cleanup), 300_000, "pnpm bench");
} catch (error) {
  // Once interrupted, what fails next is the cleanup at work, not news.
  process.exitCode = interrupted ? 130 : 1;
  if (interrupted) {
    // nothing to add
  } else if (error instanceof DatabaseUnreachableError || error instanceof SettingError) {
    console.error(error.message);
  } else {
    console.error(`Échec du banc d'essai / benchmark failed: ${(error as Error).stack ?? error}`);
  }
} finally {
  await cleanup.run();
}
// A step that timed out may still hold handles: the cleanup is done, leave now.
process.exit();
