import { pgSchema } from "drizzle-orm/pg-core";

/** Every table of the product lives in the `coop` Postgres schema. */
export const coop = pgSchema("coop");
