export type { ApiClientScope } from "./auth/api-client.ts";
export { apiClientAuth, generateApiSecret, hashApiSecret } from "./auth/api-client.ts";
export {
  authentication,
  clearSessionCookie,
  sessionTokenOf,
  setSessionCookie,
} from "./auth/authentication.ts";
export {
  authenticated,
  mediateurConnecte,
  requireMediateur,
  requireMediateurInscrit,
  requireRole,
  requireUser,
} from "./auth/authorization.ts";
export { sameOriginWrites } from "./auth/csrf.ts";
export { consumeRateLimit } from "./auth/rate-limit.ts";
export { SESSION_COOKIE } from "./auth/session-cookie.ts";
export { createSession, loadSession, revokeSession, revokeUserSessions } from "./auth/sessions.ts";
export type { CreateAppOptions } from "./create-app.ts";
export { createApp, MAX_BODY_BYTES } from "./create-app.ts";
export type {
  ApiClientContext,
  AppDependencies,
  AppEnv,
  AuthContext,
  SecuritySettings,
  SessionUser,
  UserRole,
} from "./env.ts";
export type { ErrorBody, ErrorCode, FieldErrors } from "./errors.ts";
export { ApiError, defaultMessages, errorBody } from "./errors.ts";
export type { HealthBody } from "./health.ts";
export { healthRoutes } from "./health.ts";
export { fieldErrors, requireJson, validate } from "./validation.ts";
