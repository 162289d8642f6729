import type { Database } from "@coop/db";
import type { ErrorReporter } from "@coop/observability";

/** Secrets and origin every function needs to check sessions, origins and API clients. */
export type SecuritySettings = {
  /** Public origin of the product; cookie-authenticated writes must come from it. */
  publicUrl: string;
  sessionSecret: string;
  hmacSecretKey: string;
};

/** What every function receives from its handler (production) or its test. */
export type AppDependencies = {
  db: Database;
  security: SecuritySettings;
  errorReporter?: ErrorReporter;
};

export type UserRole = "user" | "support" | "admin";

/** The signed-in person, as every function sees it. */
export type SessionUser = {
  id: string;
  email: string;
  role: UserRole;
  firstName: string | null;
  lastName: string | null;
  name: string | null;
  isFixture: boolean;
  isConseillerNumerique: boolean;
  inscriptionValidee: Date | null;
  mediateurId: string | null;
  coordinateurId: string | null;
};

export type AuthContext = {
  sessionId: string;
  user: SessionUser;
  /** The administrator acting as `user`, during an impersonation. */
  usurper: { id: string; email: string; name: string | null } | null;
};

export type ApiClientContext = { id: string; name: string; scopes: string[] };

/** Hono environment shared by every function app. */
export type AppEnv = {
  Variables: {
    db: Database;
    requestId: string;
    security: SecuritySettings;
    /** Null when the request carries no valid session. */
    auth: AuthContext | null;
    apiClient: ApiClientContext | undefined;
  };
};
