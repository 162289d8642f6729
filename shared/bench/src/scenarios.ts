// Load scenarios: one request, several servers answering it (a floor first, then what is measured
// against it), each in a child process. Later scenarios (create a CRA, lists, stats, exports, imports)
// are more entries in `loadScenarios`, with their own floor when `select 1` is not the right one.
import { ACTIVITES_SEMEES, craIndividuel, mediateurDuBanc } from "./activites.ts";
import { cpuTimeOf, startService } from "./children.ts";
import type { Cleanup } from "./cleanup.ts";
import { type LoadResult, type LoadTarget, mergeLoadResults, runLoad } from "./load.ts";
import type { BenchSettings } from "./settings.ts";

export type LoadServer = {
  label: string;
  /** A file of src/servers/ and its arguments. */
  script: string;
  args: string[];
};

export type LoadScenario = {
  title: string;
  request: Omit<LoadTarget, "url"> & { path: string };
  /** Data the request needs (seeded in the bench's database), and what it adds to the request. */
  prepare?: (env: Record<string, string>) => Promise<Partial<Omit<LoadTarget, "url">>>;
  /** The first one is the floor the others are divided by. */
  servers: [LoadServer, ...LoadServer[]];
};

export type ServerLoad = {
  label: string;
  pooled: LoadResult;
  rounds: LoadResult[];
  /** The server process's CPU time per request sent: steadier than req/s when other work shares the cores. */
  cpuMicrosPerRequest: number;
};

const floor: LoadServer = { label: "plancher / floor (hono + select 1)", script: "floor.ts", args: [] };
/** The same floor answering with the status of a route that creates. */
const floorCreated: LoadServer = { ...floor, args: ["201"] };
const functionApp = (name: string): LoadServer => ({
  label: `app ${name}`,
  script: "function-app.ts",
  args: [name],
});

export const loadScenarios: LoadScenario[] = [
  {
    title: "GET /beneficiaires/health",
    request: { path: "/beneficiaires/health", expectedStatus: 200 },
    servers: [floor, functionApp("beneficiaires")],
  },
  {
    title: "POST /activites/individuel (créer un CRA / create a CRA)",
    request: { path: "/activites/individuel", method: "POST", expectedStatus: 201 },
    prepare: async (env) => {
      const mediateur = await mediateurDuBanc(env);
      return {
        headers: { cookie: mediateur.cookie, origin: mediateur.origin, "content-type": "application/json" },
        body: craIndividuel(mediateur.structureId),
      };
    },
    servers: [floorCreated, functionApp("activites")],
  },
  {
    title: `GET /activites (liste, ${ACTIVITES_SEMEES.toLocaleString("fr-FR")} activités / list of 10k)`,
    request: { path: "/activites?page=3", expectedStatus: 200 },
    prepare: async (env) => ({ headers: { cookie: (await mediateurDuBanc(env)).cookie } }),
    servers: [floor, functionApp("activites")],
  },
];

/**
 * Starts every server of the scenario, checks one answer of each, then loads them in turn, round after
 * round, so that a slow patch of the machine weighs on all of them. Each server's rounds are pooled.
 */
export const runLoadScenario = async (
  scenario: LoadScenario,
  { env, settings, cleanup }: { env: Record<string, string>; settings: BenchSettings; cleanup: Cleanup },
): Promise<ServerLoad[]> => {
  const { path, ...declared } = scenario.request;
  const prepared = scenario.prepare ? await scenario.prepare(env) : {};
  const request = { ...declared, ...prepared };
  const expected = request.expectedStatus ?? 200;
  const running = [];
  try {
    for (const server of scenario.servers) {
      const service = await startService<{ port: number }>(server.script, server.args, env);
      cleanup.add(server.label, () => service.stop());
      running.push({ ...server, service, url: `http://127.0.0.1:${service.info.port}${path}` });
      const check = await fetch(running.at(-1)!.url, {
        method: request.method ?? "GET",
        headers: { ...request.headers, connection: "close" },
        body: request.body ?? null,
      });
      const body = await check.text();
      if (check.status !== expected) {
        throw new Error(`${server.label}: ${scenario.title} → HTTP ${check.status} ${body}`);
      }
    }
    const rounds = running.map(() => [] as LoadResult[]);
    const cpuMicros = running.map(() => 0);
    for (let round = 0; round < settings.loadRounds; round++) {
      for (const [index, server] of running.entries()) {
        const cpuBefore = await cpuTimeOf(server.service.child);
        const result = await runLoad({ ...request, url: server.url }, settings);
        cpuMicros[index]! += (await cpuTimeOf(server.service.child)) - cpuBefore;
        if (result.requests === 0) {
          throw new Error(`${server.label}: aucune réponse / no answer (${result.firstError})`);
        }
        rounds[index]!.push(result);
      }
    }
    return running.map((server, index) => {
      const pooled = mergeLoadResults(rounds[index]!);
      return {
        label: server.label,
        pooled,
        rounds: rounds[index]!,
        cpuMicrosPerRequest: cpuMicros[index]! / pooled.sent,
      };
    });
  } finally {
    await Promise.all(running.map((server) => server.service.stop()));
  }
};
