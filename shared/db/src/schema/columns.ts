import { sql } from "drizzle-orm";
import { text, timestamp, uuid } from "drizzle-orm/pg-core";

// Column helpers shared by the tables, so that every table spells them the same way.

export const id = () => uuid().primaryKey().defaultRandom();

export const timestamptz = () => timestamp({ withTimezone: true, mode: "date" });

export const textArray = () => text().array().notNull().default(sql`'{}'::text[]`);

/** Domain tables: creation / modification / suppression (non-null = soft deleted). */
export const domainTimestamps = () => ({
  creation: timestamptz().notNull().defaultNow(),
  modification: timestamptz().notNull().defaultNow(),
  suppression: timestamptz(),
});

/** Technical tables: created / updated. */
export const technicalTimestamps = () => ({
  created: timestamptz().notNull().defaultNow(),
  updated: timestamptz().notNull().defaultNow(),
});
