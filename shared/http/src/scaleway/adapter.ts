import { errorBody } from "../errors.ts";
import type { ScalewayContext, ScalewayEvent, ScalewayResponse } from "./event.ts";

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

const METHODS_WITHOUT_BODY = new Set(["GET", "HEAD"]);
const TEXT_TYPE =
  /^(text\/|application\/([a-z0-9.+-]*\+)?(json|xml)|application\/(x-www-form-urlencoded|javascript))/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const isTextType = (contentType: string | undefined) => !contentType || TEXT_TYPE.test(contentType.trim());

export class InvalidEventError extends Error {}

const requestHeaders = (event: ScalewayEvent): Headers => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.multiValueHeaders ?? {})) {
    for (const item of value) headers.append(name, item);
  }
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value === undefined || headers.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, String(item));
  }
  return headers;
};

const searchParams = (event: ScalewayEvent): URLSearchParams => {
  const params = new URLSearchParams();
  const multi = event.multiValueQueryStringParameters ?? {};
  for (const [name, values] of Object.entries(multi)) for (const value of values) params.append(name, value);
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (name in multi) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params;
};

/**
 * The body bytes. For binary types a flagged body is base64. For text types the flag may be a false
 * positive of the platform's heuristic ("abcd" is valid base64): decode only if the result is UTF-8 text.
 */
const requestBody = (event: ScalewayEvent, contentType: string | undefined): Uint8Array | undefined => {
  const raw = event.body;
  if (raw === undefined || raw === null || raw === "") return undefined;
  const looksBase64 = event.isBase64Encoded === true && raw.length % 4 === 0 && BASE64.test(raw);
  if (!looksBase64) return new TextEncoder().encode(raw);
  const decoded = Buffer.from(raw, "base64");
  if (!isTextType(contentType)) return decoded;
  try {
    strictUtf8.decode(decoded);
    return decoded;
  } catch {
    return new TextEncoder().encode(raw);
  }
};

/** A Scaleway event → a Web Request. Throws InvalidEventError for an event that is not an HTTP call. */
export const toRequest = (event: ScalewayEvent): Request => {
  if (!event || typeof event.path !== "string" || typeof event.httpMethod !== "string" || !event.httpMethod) {
    throw new InvalidEventError("not an HTTP event");
  }
  const method = event.httpMethod.toUpperCase();
  const headers = requestHeaders(event);
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "https";
  const path = event.path.startsWith("/") ? event.path : `/${event.path}`;
  const url = new URL(`${protocol}://${host}`);
  url.pathname = path;
  url.search = searchParams(event).toString();
  const body = METHODS_WITHOUT_BODY.has(method)
    ? undefined
    : requestBody(event, headers.get("content-type") ?? undefined);
  if (body) headers.set("content-length", String(body.byteLength));
  return new Request(url, { method, headers, body: body as BodyInit | undefined });
};

/** A Web Response → what the platform sends back; binary bodies travel as base64. */
export const fromResponse = async (response: Response): Promise<ScalewayResponse> => {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 1) headers["set-cookie"] = cookies[0]!;
  else if (cookies.length > 1) headers["set-cookie"] = cookies;

  const contentType = response.headers.get("content-type") ?? undefined;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const binary = bytes.byteLength > 0 && !isTextType(contentType);
  return {
    statusCode: response.status,
    headers,
    body: binary ? Buffer.from(bytes).toString("base64") : new TextDecoder().decode(bytes),
    isBase64Encoded: binary,
  };
};

/** The Scaleway entry point of a function: `export const handle = toScalewayHandler(app)`. */
export const toScalewayHandler =
  (app: FetchApp) =>
  async (event: ScalewayEvent, _context?: ScalewayContext): Promise<ScalewayResponse> => {
    let request: Request;
    try {
      request = toRequest(event);
    } catch (error) {
      const message = "La requête reçue par la fonction est invalide.";
      const body = errorBody("bad_request", message);
      if (!(error instanceof InvalidEventError) && !(error instanceof TypeError)) throw error;
      return {
        statusCode: 400,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        isBase64Encoded: false,
      };
    }
    return fromResponse(await app.fetch(request));
  };
