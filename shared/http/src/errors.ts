import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type ErrorCode =
  | "validation_error"
  | "invalid_json"
  | "unsupported_media_type"
  | "payload_too_large"
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "too_many_requests"
  | "internal_error"
  | "service_unavailable";

/** Field path ("participants.0.nom") → reason, in French. */
export type FieldErrors = Record<string, string>;

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

/** Messages for a person, shown as is by the site. */
export const defaultMessages: Record<ErrorCode, string> = {
  validation_error: "Certains champs sont invalides. Corrigez-les puis réessayez.",
  invalid_json: "Le contenu envoyé n'est pas un JSON valide.",
  unsupported_media_type: "Le format du contenu envoyé n'est pas accepté : envoyez du JSON.",
  payload_too_large: "Le contenu envoyé est trop volumineux.",
  bad_request: "La requête est invalide.",
  unauthorized: "Vous devez être connecté pour accéder à cette ressource.",
  forbidden: "Vous n'avez pas accès à cette ressource.",
  not_found: "La ressource demandée est introuvable.",
  method_not_allowed: "Cette méthode n'est pas autorisée sur cette ressource.",
  conflict: "Cette action entre en conflit avec l'état actuel des données.",
  too_many_requests: "Trop de tentatives. Patientez un instant puis réessayez.",
  internal_error: "Une erreur inattendue est survenue. Réessayez dans quelques instants.",
  service_unavailable: "Le service est momentanément indisponible. Réessayez dans quelques instants.",
};

const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
  validation_error: 400,
  invalid_json: 400,
  bad_request: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_many_requests: 429,
  internal_error: 500,
  service_unavailable: 503,
};

/** An error a use-case or a handler throws on purpose; it becomes the JSON error body. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly fields: FieldErrors | undefined;

  constructor(code: ErrorCode, options: { message?: string; fields?: FieldErrors } = {}) {
    super(options.message ?? defaultMessages[code]);
    this.name = "ApiError";
    this.code = code;
    this.status = statusByCode[code];
    this.fields = options.fields;
  }
}

export const errorBody = (
  code: ErrorCode,
  message = defaultMessages[code],
  fields?: FieldErrors,
): ErrorBody => ({
  error: fields ? { code, message, fields } : { code, message },
});

export const errorResponse = (c: Context, error: ApiError, headers?: Record<string, string>): Response =>
  c.json(errorBody(error.code, error.message, error.fields), error.status, headers);

/** The error code an HTTP status stands for, when an exception carries only a status. */
export const codeForStatus = (status: number): ErrorCode => {
  const match = (Object.entries(statusByCode) as [ErrorCode, number][]).find(([, value]) => value === status);
  if (match) return match[0];
  return status >= 500 ? "internal_error" : "bad_request";
};
