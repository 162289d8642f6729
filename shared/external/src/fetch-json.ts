// fetch with a hard deadline (headers and body) that turns every failure into ServiceExterneIndisponible.
import { type ServiceExterne, ServiceExterneIndisponible } from "./errors.ts";

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface JsonCall {
  service: ServiceExterne;
  url: URL;
  headers?: Record<string, string>;
  timeoutMs: number;
  fetch: FetchLike;
  /** Statuses answered with `null` instead of an error (e.g. 404 = not found). */
  nullOn?: readonly number[];
}

export async function fetchJson(call: JsonCall): Promise<unknown> {
  const signal = AbortSignal.timeout(call.timeoutMs);
  const fail = (detail: string, cause?: unknown): never => {
    throw new ServiceExterneIndisponible(call.service, detail, { cause });
  };
  let response: Response;
  try {
    response = await call.fetch(call.url, {
      headers: { accept: "application/json", ...call.headers },
      signal,
    });
  } catch (error) {
    return fail(signal.aborted ? `no answer within ${call.timeoutMs} ms` : "network error", error);
  }
  if (call.nullOn?.includes(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return fail(`HTTP ${response.status} from ${call.url.origin}${call.url.pathname}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return fail(signal.aborted ? `body not received within ${call.timeoutMs} ms` : "body read error", error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail("invalid JSON", error);
  }
}

/** Joins a base URL (with or without a path or trailing slash) and a path. */
export function endpoint(baseUrl: string, path: string): URL {
  return new URL(path.replace(/^\//, ""), baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
