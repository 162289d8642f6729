// A small closed-loop HTTP load generator: C request loops over keep-alive connections, a warm-up
// whose requests are not counted, then a fixed measurement window. Bounded by time, whatever happens.
import http from "node:http";
import { type Summary, summarize } from "./stats.ts";

export type LoadTarget = {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A response with another status counts as an error. */
  expectedStatus?: number;
};

export type LoadOptions = {
  /** Request loops running at once, each with its own keep-alive connection. */
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  requestTimeoutMs?: number;
};

export type LoadResult = {
  /** Requests started in the measurement window and answered with the expected status. */
  requests: number;
  errors: number;
  firstError: string | undefined;
  /** Expected answers completed within the window, per second of window. */
  requestsPerSecond: number;
  latencyMs: Summary;
  /** Every request sent, warm-up and errors included: what the server worked for. */
  sent: number;
  /** The raw material, to pool several rounds (see mergeLoadResults). */
  samples: { latenciesMs: number[]; completedInWindow: number; windowMs: number };
};

/** A loop that fails this many times in a row stops: the server is gone, spinning would prove nothing. */
const MAX_CONSECUTIVE_ERRORS = 50;

const send = (agent: http.Agent, url: URL, target: LoadTarget, timeoutMs: number) =>
  new Promise<number>((resolve, reject) => {
    const request = http.request(
      {
        agent,
        hostname: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: target.method ?? "GET",
        headers: target.headers,
      },
      (response) => {
        response.on("error", reject);
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.resume(); // read and drop the body: the connection is reused only once it is consumed
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", reject);
    request.end(target.body);
  });

export const runLoad = async (target: LoadTarget, options: LoadOptions): Promise<LoadResult> => {
  const url = new URL(target.url);
  if (url.protocol !== "http:") throw new Error(`runLoad: http:// only (${target.url})`);
  const expected = target.expectedStatus ?? 200;
  const timeoutMs = options.requestTimeoutMs ?? 5000;
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.concurrency,
    maxFreeSockets: options.concurrency,
  });

  const measureFrom = performance.now() + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;
  const latencies: number[] = [];
  let completedInWindow = 0;
  let errors = 0;
  let sent = 0;
  let firstError: string | undefined;

  const loop = async () => {
    let consecutiveErrors = 0;
    while (performance.now() < stopAt && consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
      const started = performance.now();
      let failure: string | undefined;
      try {
        const status = await send(agent, url, target, timeoutMs);
        if (status !== expected) failure = `HTTP ${status}`;
      } catch (error) {
        failure = (error as Error).message;
      }
      const done = performance.now();
      sent++;
      consecutiveErrors = failure ? consecutiveErrors + 1 : 0;
      if (failure) firstError ??= failure;
      if (started < measureFrom) continue;
      if (failure) {
        errors++;
        continue;
      }
      latencies.push(done - started);
      if (done <= stopAt) completedInWindow++;
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency }, loop));
  } finally {
    agent.destroy();
  }
  return {
    requests: latencies.length,
    errors,
    firstError,
    requestsPerSecond: completedInWindow / (options.durationMs / 1000),
    latencyMs: summarize(latencies),
    sent,
    samples: { latenciesMs: latencies, completedInWindow, windowMs: options.durationMs },
  };
};

/** Several rounds against the same target as one: all their requests over all their windows. */
export const mergeLoadResults = (rounds: LoadResult[]): LoadResult => {
  const latencies = rounds.flatMap((round) => round.samples.latenciesMs);
  const completed = rounds.reduce((sum, round) => sum + round.samples.completedInWindow, 0);
  const windowMs = rounds.reduce((sum, round) => sum + round.samples.windowMs, 0);
  return {
    requests: latencies.length,
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    firstError: rounds.find((round) => round.firstError)?.firstError,
    requestsPerSecond: completed / (windowMs / 1000),
    latencyMs: summarize(latencies),
    sent: rounds.reduce((sum, round) => sum + round.sent, 0),
    samples: { latenciesMs: latencies, completedInWindow: completed, windowMs },
  };
};
