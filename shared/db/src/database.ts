import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.ts";

type RowsOf<Row> = { rows: Row[] };

/** Raw `execute` results: both drivers answer with `{ rows }`. */
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  readonly type: RowsOf<this["row"]>;
}

/** The one database type every function uses, whichever driver is behind it. */
export type Database = PgDatabase<RowsQueryResultHKT, typeof schema>;

/** A transaction handle: use-cases take `Database | Transaction` through this alias. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

export type DatabaseDriver = "pglite" | "neon";

export type DatabaseHandle = {
  readonly db: Database;
  readonly driver: DatabaseDriver;
  close(): Promise<void>;
};
