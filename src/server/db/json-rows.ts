/**
 * Rows a statement hands back as JSON (`row_to_json`, `json_agg`), read as Drizzle reads a table's
 * rows: by each column's database name, through the column's own decoder (timestamps become
 * Dates, bigints numbers). For statements Drizzle's builders cannot express, such as several
 * inserts in one statement, whose rows come back in one JSON value each.
 */
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

export function rowFromJson<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}
