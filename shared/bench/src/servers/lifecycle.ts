// How every child of src/servers/ talks to the bench: a ready message over IPC, and shutdown.

/** Tells the bench the child is ready (see startService in ../children.ts). */
export const announceReady = (info: Record<string, unknown>): void => {
  process.send?.({ type: "ready", ...info });
};

/** Closes what the child holds and exits, on SIGTERM or SIGINT, or when the bench is gone. */
export const onShutdown = (close: () => Promise<unknown>): void => {
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    // The bench kills a child that lingers; do not wait forever on a pool that will not end.
    const deadline = setTimeout(() => process.exit(0), 2000);
    try {
      await close();
    } finally {
      clearTimeout(deadline);
      process.exit(0);
    }
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  process.once("disconnect", stop);
};

/** Answers the bench's `{ type: "cpu" }` with the CPU time this process has used, in microseconds. */
export const reportCpuOnRequest = (): void => {
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "cpu") process.send?.({ type: "cpu", ...process.cpuUsage() });
  });
};
