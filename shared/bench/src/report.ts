// Plain-text output: fixed-width tables, figures with their unit, ratios as "×1.8".
import type { Bundle } from "./bundles.ts";
import type { ColdStartSummary } from "./cold-start.ts";
import type { ServerLoad } from "./scenarios.ts";

export type Align = "left" | "right";
export type Column = { title: string; align?: Align };

const pad = (text: string, width: number, align: Align) =>
  align === "left" ? text.padEnd(width) : text.padStart(width);

/** A fixed-width table: a header, a rule, then one line per row. Columns are two spaces apart. */
export const table = (columns: Column[], rows: string[][]): string => {
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: string[]) =>
    columns
      .map((column, index) => pad(cells[index] ?? "", widths[index]!, column.align ?? "right"))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "─".repeat(width)).join("  ");
  return [line(columns.map((column) => column.title)), rule, ...rows.map((row) => line(row))].join("\n");
};

export const heading = (title: string): string => `\n${title}\n${"═".repeat(title.length)}`;

export const formatMs = (ms: number): string => {
  if (!Number.isFinite(ms)) return "—";
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(0)} ms`;
};

/** Digits grouped by thousands with a plain space, which keeps columns aligned. */
const grouped = (value: number) =>
  Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ");

export const formatRate = (perSecond: number): string =>
  Number.isFinite(perSecond) ? `${grouped(perSecond)} req/s` : "—";

export const formatMicros = (micros: number): string =>
  Number.isFinite(micros) ? `${micros < 100 ? micros.toFixed(1) : grouped(micros)} µs` : "—";

export const formatBytes = (bytes: number): string => `${grouped(bytes / 1024)} KiB`;

export const formatCount = (count: number): string => grouped(count);

/** How many times `base` the `value` is: "×1.8" (or "×0.55" below one, where a digit more helps). */
export const formatRatio = (value: number, base: number): string => {
  const ratio = value / base;
  if (!Number.isFinite(ratio)) return "—";
  return `×${ratio < 1 ? ratio.toFixed(2) : ratio.toFixed(1)}`;
};

/** A URL safe to print: the password, if any, masked. */
export const displayUrl = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(URL illisible / unparsable URL)";
  }
};

// The bench's own tables.

/** Cold starts: the first summary is the baseline the others are divided by. */
export const coldStartTable = (summaries: ColdStartSummary[], bundles: Bundle[]): string => {
  const baseline = summaries[0]?.wallMs.p50 ?? Number.NaN;
  const rows = summaries.map((summary) => {
    const bundle = bundles.find((candidate) => candidate.name === summary.label);
    return [
      summary.label,
      bundle ? formatBytes(bundle.startupBytes) : "—",
      bundle ? formatBytes(bundle.javascriptBytes) : "—",
      formatMs(summary.wallMs.p50),
      formatMs(summary.wallMs.p90),
      formatRatio(summary.wallMs.p50, baseline),
      formatMs(summary.bootMs.p50),
      formatMs(summary.importMs.p50),
      formatMs(summary.firstAnswerMs.p50),
    ];
  });
  const columns: Column[] = [
    { title: "cible / target", align: "left" },
    { title: "JS chargé" },
    { title: "JS total" },
    { title: "médiane" },
    { title: "p90" },
    { title: "÷ base" },
    { title: "boot" },
    { title: "import" },
    { title: "1re rép." },
  ];
  return [
    table(columns, rows),
    "JS chargé: index.js + the chunks it imports statically (what a cold start loads); JS total: + lazy chunks.",
    "médiane, p90: spawn → answer line, seen by the bench; ÷ base: median ÷ the baseline's median.",
    "boot / import / 1re rép.: medians by the child's clock (Node bootstrap, loading the code, first request).",
  ].join("\n");
};

/** One load scenario: a line per server, then each server's ratios to the first one (the floor). */
export const loadTable = (results: ServerLoad[]): string => {
  const [floor, ...others] = results;
  if (!floor) return "";
  const figures = (result: ServerLoad) => [
    result.label,
    formatRate(result.pooled.requestsPerSecond),
    formatMs(result.pooled.latencyMs.p50),
    formatMs(result.pooled.latencyMs.p99),
    formatMicros(result.cpuMicrosPerRequest),
    formatCount(result.pooled.requests),
    formatCount(result.pooled.errors),
    result.rounds.map((round) => formatCount(round.requestsPerSecond)).join(" / "),
  ];
  const ratios = (result: ServerLoad) => [
    `ratio ${result.label} ÷ floor`,
    formatRatio(result.pooled.requestsPerSecond, floor.pooled.requestsPerSecond),
    formatRatio(result.pooled.latencyMs.p50, floor.pooled.latencyMs.p50),
    formatRatio(result.pooled.latencyMs.p99, floor.pooled.latencyMs.p99),
    formatRatio(result.cpuMicrosPerRequest, floor.cpuMicrosPerRequest),
  ];
  const columns: Column[] = [
    { title: "serveur / server", align: "left" },
    { title: "débit" },
    { title: "p50" },
    { title: "p99" },
    { title: "CPU/req" },
    { title: "requêtes" },
    { title: "erreurs" },
    { title: "req/s par tour / per round", align: "left" },
  ];
  const errors = results
    .filter((result) => result.pooled.errors > 0)
    .map((result) => `${result.label}: first error: ${result.pooled.firstError}`);
  return [
    table(columns, [...results.map(figures), ...others.map(ratios)]),
    "débit, p50, p99: seen by the load generator, rounds pooled; CPU/req: the server process's own CPU time",
    "(user + system) per request sent, warm-up included — steadier than req/s when other work shares the cores.",
    ...errors,
  ].join("\n");
};
