import { sql } from "drizzle-orm";
import { boolean, index, integer, text, unique, uuid } from "drizzle-orm/pg-core";
import { id, technicalTimestamps, timestamptz } from "./columns.ts";
import { coop } from "./coop.ts";
import { onboardingStatusEnum, profilInscriptionEnum, userFeatureFlagEnum, userRoleEnum } from "./enums.ts";

export const users = coop.table(
  "users",
  {
    id: id(),
    firstName: text(),
    lastName: text(),
    name: text(),
    email: text().notNull().unique(),
    phone: text(),
    role: userRoleEnum().notNull().default("user"),
    emailVerified: timestamptz(),
    imageId: uuid(),
    location: text(),
    title: text(),
    description: text(),
    timezone: text().notNull().default("Europe/Paris"),
    featureFlags: userFeatureFlagEnum().array().notNull().default(sql`'{}'`),
    isFixture: boolean().notNull().default(false),
    ...technicalTimestamps(),
    deleted: timestamptz(),
    lastLogin: timestamptz(),
    lastSeen: timestamptz(),
    v1Imported: timestamptz(),
    dataspaceId: integer(),
    dataspaceUserIdPg: integer(),
    siret: text(),
    isConseillerNumerique: boolean().notNull().default(false),
    profilInscription: profilInscriptionEnum(),
    syncedFromDataspace: timestamptz(),
    lastSyncedFromDataspace: timestamptz(),
    importedLieuxFromDataspace: timestamptz(),
    acceptationCgu: timestamptz(),
    donneesConseillerNumeriqueV1Importees: timestamptz(),
    donneesCoordinateurConseillerNumeriqueV1Importees: timestamptz(),
    structureEmployeuseRenseignee: timestamptz(),
    lieuxActiviteRenseignes: timestamptz(),
    inscriptionValidee: timestamptz(),
    hasSeenOnboarding: timestamptz(),
    onboardingStatus: onboardingStatusEnum(),
    /** Set by an administrator: no login and no session until cleared (unlike `deleted`, a login does not undo it). */
    disabled: timestamptz(),
  },
  (t) => [unique("users_created_id_key").on(t.created, t.id)],
);

/** OpenID Connect tokens of a user's identity provider account. */
export const accounts = coop.table(
  "accounts",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refreshToken: text(),
    accessToken: text(),
    expiresAt: integer(),
    tokenType: text(),
    scope: text(),
    idToken: text(),
    sessionState: text(),
  },
  (t) => [unique("accounts_provider_account_key").on(t.provider, t.providerAccountId), index().on(t.userId)],
);

export const sessions = coop.table(
  "sessions",
  {
    id: id(),
    sessionToken: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamptz().notNull(),
    /** While an administrator impersonates `user_id` with this session: the administrator. */
    usurperId: uuid().references(() => users.id, { onDelete: "set null" }),
    created: timestamptz().notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

export const verificationTokens = coop.table(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull().unique(),
    expires: timestamptz().notNull(),
  },
  (t) => [unique("verification_tokens_identifier_token_key").on(t.identifier, t.token)],
);
