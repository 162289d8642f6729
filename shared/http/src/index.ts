export type { CreateAppOptions } from "./create-app.ts";
export { createApp, MAX_BODY_BYTES } from "./create-app.ts";
export type { AppDependencies, AppEnv } from "./env.ts";
export type { ErrorBody, ErrorCode, FieldErrors } from "./errors.ts";
export { ApiError, defaultMessages, errorBody } from "./errors.ts";
export type { HealthBody } from "./health.ts";
export { healthRoutes } from "./health.ts";
export { fieldErrors, requireJson, validate } from "./validation.ts";
