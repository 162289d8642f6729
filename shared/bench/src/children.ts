import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Every child this process started and that has not exited yet. */
const live = new Set<ChildProcess>();

// Last resort when the bench dies without running its cleanup: no child may outlive it.
process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/** `node <args>` with the bench's own Node, tracked until it exits. */
export const spawnNode = (args: string[], options: SpawnOptions): ChildProcess => {
  const child = spawn(process.execPath, args, options);
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
};

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Stops a child: the given signal, then SIGKILL if it is still there after `graceMs`. */
export const stopChild = (child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", graceMs = 3000) =>
  new Promise<void>((resolve) => {
    if (exited(child)) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });

export const stopAllChildren = () => Promise.all([...live].map((child) => stopChild(child)));

/** The last characters a child wrote on a stream, to explain its failure. */
export const tail = (child: ChildProcess, stream: "stdout" | "stderr", limit = 4000) => {
  let text = "";
  child[stream]?.on("data", (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-limit);
  });
  return () => text.trim();
};

export type ServiceChild<Info> = { child: ChildProcess; info: Info; stop(): Promise<void> };

/**
 * Starts one of the long-running children of `src/servers/` and waits for the `{ type: "ready" }`
 * message it sends over IPC. The IPC channel also tells the child when the bench is gone.
 */
export const startService = <Info>(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<ServiceChild<Info>> =>
  new Promise((resolve, reject) => {
    const path = fileURLToPath(new URL(`./servers/${script}`, import.meta.url));
    // stdout is dropped: the function's access log costs the same write it costs in production,
    // without the bench spending its own event loop reading it.
    const child = spawnNode([path, ...args], { env, stdio: ["ignore", "ignore", "pipe", "ipc"] });
    const stderr = tail(child, "stderr");
    const fail = (reason: string) => {
      clearTimeout(timer);
      void stopChild(child, "SIGKILL");
      reject(new Error(`${script} ${args.join(" ")}: ${reason}\n${stderr()}`.trim()));
    };
    const timer = setTimeout(() => fail(`pas prêt après / not ready after ${timeoutMs} ms`), timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`sorti / exited (${signal ?? code})`);
    const onError = (error: Error) => fail(error.message);
    child.once("exit", onExit);
    child.once("error", onError);
    child.on("message", (message: { type?: string } & Info) => {
      if (message?.type !== "ready") return;
      clearTimeout(timer);
      child.off("exit", onExit);
      child.off("error", onError);
      resolve({ child, info: message, stop: () => stopChild(child) });
    });
  });

/** The CPU time (user + system, µs) a child of src/servers/ has used so far, by its own account. */
export const cpuTimeOf = (child: ChildProcess, timeoutMs = 5000) =>
  new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      reject(new Error(`no CPU report within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: { type?: string; user?: number; system?: number }) => {
      if (message?.type !== "cpu") return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve((message.user ?? 0) + (message.system ?? 0));
    };
    child.on("message", onMessage);
    child.send({ type: "cpu" });
  });
