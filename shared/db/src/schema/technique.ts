import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, real, text, uuid } from "drizzle-orm/pg-core";
import { id, technicalTimestamps, timestamptz } from "./columns.ts";
import { coop } from "./coop.ts";
import { apiClientScopeEnum, mutationNameEnum } from "./enums.ts";
import { coordinateurs, mediateurs } from "./mediateurs.ts";
import { users } from "./users.ts";

/** Public share link of a médiateur's or coordinator's statistics; the id is the share id. */
export const partageStatistiques = coop.table("partage_statistiques", {
  id: id(),
  mediateurId: uuid()
    .unique()
    .references(() => mediateurs.id, { onDelete: "cascade" }),
  coordinateurId: uuid()
    .unique()
    .references(() => coordinateurs.id, { onDelete: "cascade" }),
  created: timestamptz().notNull().defaultNow(),
  deleted: timestamptz(),
});

/** Partner API clients: the secret is only stored as HMAC-SHA256 hex. */
export const apiClients = coop.table(
  "api_clients",
  {
    id: id(),
    name: text().notNull().unique(),
    secretHash: text().notNull(),
    validFrom: timestamptz().notNull().defaultNow(),
    validUntil: timestamptz(),
    scopes: apiClientScopeEnum().array().notNull().default(sql`'{}'`),
    ...technicalTimestamps(),
  },
  (t) => [check("api_clients_scopes_check", sql`cardinality(${t.scopes}) >= 1`)],
);

export const jobExecutions = coop.table(
  "job_executions",
  {
    id: id(),
    name: text().notNull(),
    started: timestamptz().notNull().defaultNow(),
    completed: timestamptz(),
    errored: timestamptz(),
    duration: integer(),
    data: jsonb(),
    result: jsonb(),
    error: text(),
  },
  (t) => [index().on(t.name, t.started.desc())],
);

/** Audit log of business mutations; `data` never holds personal data. */
export const mutations = coop.table(
  "mutations",
  {
    id: id(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    nom: mutationNameEnum().notNull(),
    duration: integer().notNull(),
    data: jsonb().notNull(),
    timestamp: timestamptz().notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.timestamp.desc())],
);

export const uploads = coop.table("uploads", {
  key: text().primaryKey(),
  mimeType: text().notNull(),
  name: text().notNull(),
  size: bigint({ mode: "number" }),
  uploaderId: uuid().references(() => users.id, { onDelete: "set null" }),
  created: timestamptz().notNull().defaultNow(),
});

export const images = coop.table("images", {
  id: id(),
  uploadKey: text()
    .notNull()
    .unique()
    .references(() => uploads.key, { onDelete: "cascade" }),
  altText: text(),
  blurUrl: text(),
  width: integer(),
  height: integer(),
  cropHeight: real(),
  cropWidth: real(),
  cropTop: real(),
  cropLeft: real(),
  created: timestamptz().notNull().defaultNow(),
});

/** An active row (ended_at null) blocks writes for role `user`. */
export const maintenances = coop.table("maintenances", {
  id: id(),
  startedAt: timestamptz().notNull().defaultNow(),
  endedAt: timestamptz(),
  message: text(),
  createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
});

/** Fixed-window counters shared by every function instance (login attempts, e-mails sent). */
export const rateLimits = coop.table("rate_limits", {
  key: text().primaryKey(),
  windowStart: timestamptz().notNull().defaultNow(),
  count: integer().notNull().default(0),
});
