import type { Executor } from "@coop/db";
import { getTableColumns, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";

// Bulk inserts: each statement carries up to 5 000 rows as ONE bound JSON parameter (a few MB) that
// Postgres expands with json_populate_recordset. No 65 535 bind-parameter limit to mind, about three times
// faster than drizzle's multi-row VALUES (one parameter per cell to build and parse), and few round trips.
// The rows keep their drizzle insert types; the stored rows are identical to drizzle's own insert.
// Columns that no row sets keep their database default.

const ROWS_PER_STATEMENT = 5_000;

export const insertChunked = async <T extends PgTable>(
  executor: Executor,
  table: T,
  rows: readonly T["$inferInsert"][],
): Promise<void> => {
  if (rows.length === 0) return;
  const { name, schema } = getTableConfig(table);
  const records = rows as readonly Record<string, unknown>[];
  const columns = Object.entries(getTableColumns(table))
    .filter(([key]) => records.some((row) => row[key] !== undefined))
    .map(([key, column]) => {
      if (column.notNull && column.hasDefault && records.some((row) => row[key] === undefined)) {
        // A missing value would become null, not the default: every row must set this column.
        throw new Error(`${name}.${key} is set on some rows only`);
      }
      return { key, name: column.keyAsName ? toSnakeCase(column.name) : column.name };
    });

  const target = sql`${sql.identifier(schema ?? "public")}.${sql.identifier(name)}`;
  const list = sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
    const chunk = records.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) record[column.name] = row[column.key] ?? null;
      return record;
    });
    await executor.execute(
      sql`insert into ${target} (${list}) select ${list} from json_populate_recordset(null::${target}, ${JSON.stringify(chunk)}::json)`,
    );
  }
};
