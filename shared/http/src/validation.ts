import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { ApiError, type FieldErrors } from "./errors.ts";

/** zod issues → `{ "path.to.field": "reason" }`, first reason per field. */
export const fieldErrors = (issues: readonly z.core.$ZodIssue[]): FieldErrors => {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    fields[path] ??= issue.message;
  }
  return fields;
};

/**
 * @hono/zod-validator with the house error: 400 `validation_error` naming each field.
 * Use for "query", "param", "header", "form"; for JSON bodies use `jsonBody`.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) =>
  zValidator(target, schema, (result) => {
    if (!result.success) throw new ApiError("validation_error", { fields: fieldErrors(result.error.issues) });
  });

const isJson = (contentType: string | undefined) =>
  !!contentType && /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());

/** Refuses a body that is not declared as JSON with 415 before anything parses it. */
export const requireJson = createMiddleware(async (c, next) => {
  if (!isJson(c.req.header("content-type"))) throw new ApiError("unsupported_media_type");
  await next();
});
