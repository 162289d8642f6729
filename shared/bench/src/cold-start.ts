// Cold starts: the wall time from spawning a fresh `node` to the first answer of the code under test,
// measured by the bench from spawn() to the arrival of the line the child prints once it has answered.
import { spawnNode, stopChild, tail } from "./children.ts";
import { type Summary, summarize } from "./stats.ts";

/** A fresh process to start: ES module source run by `node --input-type=module -e`. */
export type ColdStartTarget = {
  label: string;
  source: string;
  env: Record<string, string>;
  /** The status the first answer must have, else the run fails (a 503 would time the wrong path). */
  expectedStatus: number;
};

export type ColdStartRun = {
  /** spawn() → the child's line read by the bench. */
  wallMs: number;
  /** Process start → the first line of the probe (Node's own bootstrap), by the child's clock. */
  bootMs: number;
  /** Loading the code under test (import, app creation). */
  importMs: number;
  /** The first request, from the call to its answer (connection to the database included). */
  firstAnswerMs: number;
};

export type ColdStartSummary = {
  label: string;
  wallMs: Summary;
  bootMs: Summary;
  importMs: Summary;
  firstAnswerMs: Summary;
};

const MARK = "@@coop-bench ";

/** The probe's closing line: its own timings, then what was answered. */
const report = (answer: string) => `
const answered = performance.now();
const { statusCode, body } = ${answer};
process.stdout.write(${JSON.stringify(MARK)} + JSON.stringify({
  bootMs: started, importMs: loaded - started, firstAnswerMs: answered - loaded, statusCode, body,
}) + "\\n");`;

/** A bundled function: import its `handle` and give it one platform event. */
export const bundleProbe = (handlerUrl: string, event: Record<string, unknown>): string => `
const started = performance.now();
const { handle } = await import(${JSON.stringify(handlerUrl)});
const loaded = performance.now();
const response = await handle(${JSON.stringify(event)}, {});
${report("response")}`;

/** The floor of every cold start: import Hono, build a one-route app, answer one request. */
export const honoProbe = (honoUrl: string): string => `
const started = performance.now();
const { Hono } = await import(${JSON.stringify(honoUrl)});
const app = new Hono();
app.get("/", (c) => c.text("ok"));
const loaded = performance.now();
const response = await app.fetch(new Request("http://x/"));
const text = await response.text();
${report("{ statusCode: response.status, body: text }")}`;

type ProbeLine = Omit<ColdStartRun, "wallMs"> & { statusCode: number; body: string };

/** One fresh process, killed as soon as it has answered (a pooled connection would keep it alive). */
export const probeOnce = (target: ColdStartTarget, timeoutMs = 15_000): Promise<ColdStartRun> =>
  new Promise((resolve, reject) => {
    const spawnedAt = performance.now();
    const child = spawnNode(["--input-type=module", "-e", target.source], {
      env: target.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stderr = tail(child, "stderr");
    let stdout = "";
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopChild(child, "SIGKILL").then(outcome);
    };
    const fail = (reason: string) =>
      settle(() => reject(new Error(`${target.label}: ${reason}\n${stderr()}`.trim())));
    const timer = setTimeout(() => fail(`pas de réponse / no answer after ${timeoutMs} ms`), timeoutMs);

    child.stdout!.on("data", (chunk: Buffer) => {
      const arrivedAt = performance.now();
      stdout += chunk.toString();
      const start = stdout.indexOf(MARK);
      const end = start < 0 ? -1 : stdout.indexOf("\n", start);
      if (end < 0) return;
      const line = JSON.parse(stdout.slice(start + MARK.length, end)) as ProbeLine;
      if (line.statusCode !== target.expectedStatus) {
        fail(`HTTP ${line.statusCode} au lieu de / instead of ${target.expectedStatus}: ${line.body}`);
        return;
      }
      const { bootMs, importMs, firstAnswerMs } = line;
      settle(() => resolve({ wallMs: arrivedAt - spawnedAt, bootMs, importMs, firstAnswerMs }));
    });
    child.once("exit", (code, signal) =>
      fail(`sorti sans répondre / exited without answering (${signal ?? code})`),
    );
    child.once("error", (error) => fail(error.message));
  });

/**
 * `runs` cold starts of every target, one process at a time, the targets interleaved run after run so
 * that a slow patch of the machine spreads over all of them. The first `warmupRuns` rounds (disk cache,
 * first connections to the database) are not counted.
 */
export const measureColdStarts = async (
  targets: ColdStartTarget[],
  { runs, warmupRuns = 1 }: { runs: number; warmupRuns?: number },
): Promise<ColdStartSummary[]> => {
  const samples = targets.map(() => [] as ColdStartRun[]);
  for (let round = 0; round < warmupRuns + runs; round++) {
    for (const [index, target] of targets.entries()) {
      const run = await probeOnce(target);
      if (round >= warmupRuns) samples[index]!.push(run);
    }
  }
  return targets.map((target, index) => {
    const runsOfTarget = samples[index]!;
    return {
      label: target.label,
      wallMs: summarize(runsOfTarget.map((run) => run.wallMs)),
      bootMs: summarize(runsOfTarget.map((run) => run.bootMs)),
      importMs: summarize(runsOfTarget.map((run) => run.importMs)),
      firstAnswerMs: summarize(runsOfTarget.map((run) => run.firstAnswerMs)),
    };
  });
};
