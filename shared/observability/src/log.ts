export type LogLevel = "debug" | "info" | "warn" | "error";

const order: Record<LogLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

const threshold = () =>
  order[(process.env.LOG_LEVEL as LogLevel | "silent" | undefined) ?? "info"] ?? order.info;

/** One JSON object per line on stdout: what Scaleway's log collector indexes. */
export const log = (level: LogLevel, message: string, fields: Record<string, unknown> = {}): void => {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  if (level === "error") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
};
