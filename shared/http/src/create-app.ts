import { createErrorReporter, log } from "@coop/observability";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { authentication } from "./auth/authentication.ts";
import { sameOriginWrites } from "./auth/csrf.ts";
import type { AppDependencies, AppEnv } from "./env.ts";
import { ApiError, codeForStatus, errorBody, errorResponse } from "./errors.ts";
import { allowedMethods } from "./method-not-allowed.ts";

/** Requests larger than this are refused with 413 before any handler reads them. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type CreateAppOptions = AppDependencies & {
  /** The function's name, for logs and error reports: "beneficiaires", "auth"… */
  name: string;
};

/**
 * The Hono app every function starts from: request id, JSON access log, security headers,
 * body limit, same-origin check of cookie-authenticated writes, the session (`c.var.auth`),
 * the house error shape for 4xx and 5xx, 404 and 405.
 */
export const createApp = ({
  name,
  db,
  security,
  errorReporter = createErrorReporter({}),
}: CreateAppOptions) => {
  const app = new Hono<AppEnv>();

  app.use(requestId({ headerName: "X-Request-Id" }));
  app.use(async (c, next) => {
    const started = performance.now();
    c.set("db", db);
    c.set("security", security);
    await next();
    log("info", "request", {
      fn: name,
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: "same-origin",
    }),
  );
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError("payload_too_large", {
          message: "Le contenu envoyé dépasse la taille maximale autorisée (1 Mo).",
        });
      },
    }),
  );

  app.use(sameOriginWrites);
  app.use(authentication);

  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) {
      return errorResponse(c, new ApiError("method_not_allowed"), { Allow: allowed.join(", ") });
    }
    return c.json(errorBody("not_found"), 404);
  });

  app.onError(async (error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own validator says "Malformed JSON in request body" for unparsable JSON.
      const code = /json/i.test(error.message) ? "invalid_json" : codeForStatus(error.status);
      return errorResponse(c, new ApiError(code));
    }
    await errorReporter.capture(error, {
      fn: name,
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
    });
    return c.json(errorBody("internal_error"), 500);
  });

  return app;
};
