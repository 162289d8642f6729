/** Field path ("participants.0.nom") → reason in French, as the functions send it. */
export type FieldErrors = Record<string, string>;

/** A failed call: `message` is French and meant to be shown as is; `fields` points at form fields. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  /** The whole JSON answer, for the few calls that send more than the error (an import's report). */
  readonly corps: unknown;

  constructor(status: number, code: string, message: string, fields: FieldErrors = {}, corps?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.corps = corps;
  }
}

export type ApiOptions = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as a JSON body. */
  json?: unknown;
  /** Sent as a multipart body (file uploads); the browser writes its content type. */
  formulaire?: FormData;
  signal?: AbortSignal;
};

const networkMessage = "Impossible de joindre le service. Vérifiez votre connexion puis réessayez.";
const unavailableMessage = "Le service est momentanément indisponible. Réessayez dans quelques instants.";
const unexpectedMessage = "Une erreur inattendue est survenue. Réessayez dans quelques instants.";

/**
 * Calls a function of La Coop on the same origin and returns its JSON body.
 * Any failure becomes an ApiError, read from the house shape `{"error":{"code","message","fields"}}`
 * when the answer has it, or given a French message of our own when it does not.
 */
export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  // Same origin only: session cookies must never travel to another host.
  if (!path.startsWith("/") || path.startsWith("//")) throw new TypeError(`Chemin non relatif : ${path}`);

  const headers: Record<string, string> = { accept: "application/json" };
  if (options.json !== undefined) headers["content-type"] = "application/json";
  const body = options.formulaire ?? (options.json === undefined ? null : JSON.stringify(options.json));

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (body === null ? "GET" : "POST"),
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, "network_error", networkMessage);
  }

  const answer = await readJson(response);
  if (response.ok) return answer as T;
  throw toApiError(response.status, answer);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  if (!response.headers.get("content-type")?.includes("json")) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (error && typeof error.message === "string") {
    const code = typeof error.code === "string" ? error.code : "unknown";
    return new ApiError(status, code, error.message, readFields(error.fields), body);
  }
  if (status === 503) return new ApiError(status, "service_unavailable", unavailableMessage, {}, body);
  return new ApiError(status, "unknown", unexpectedMessage, {}, body);
}

function readFields(value: unknown): FieldErrors {
  if (!isRecord(value)) return {};
  const fields: FieldErrors = {};
  for (const [path, reason] of Object.entries(value)) if (typeof reason === "string") fields[path] = reason;
  return fields;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
