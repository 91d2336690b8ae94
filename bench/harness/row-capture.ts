/**
 * What a request actually wrote: for a moment, an AFTER INSERT OR UPDATE trigger on every table of
 * the `public` and `pgboss` schemas records each row a client statement wrote (not rows written by
 * other triggers, which fire again wherever the row is written), with its transaction, the row as
 * written and, for an update, the row before. Installed for an untimed sample only, and dropped
 * again. With the tables' columns, keys and foreign keys, a bare script can then write the very
 * same rows (see workloads/intake-baseline.ts).
 */
import type { Database } from '../../src/server/db/database.ts';
import { rawQuery } from './backends.ts';

export type Row = Record<string, unknown>;

export interface CapturedWrite {
  txid: string;
  schema: string;
  table: string;
  op: 'INSERT' | 'UPDATE';
  /** The row before an update (null for an insert). */
  before: Row | null;
  row: Row;
}

const SCHEMAS = ['public', 'pgboss'];

export async function installCapture(database: Database): Promise<void> {
  await rawQuery(database, 'CREATE SCHEMA bench_capture');
  await rawQuery(
    database,
    `CREATE TABLE bench_capture.write (
       seq bigserial PRIMARY KEY, txid bigint NOT NULL, schema_name text NOT NULL, table_name text NOT NULL,
       op text NOT NULL, old_row jsonb, new_row jsonb NOT NULL)`,
  );
  await rawQuery(
    database,
    `CREATE FUNCTION bench_capture.record() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF pg_trigger_depth() = 1 THEN
         INSERT INTO bench_capture.write (txid, schema_name, table_name, op, old_row, new_row)
         VALUES (txid_current(), TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,
                 CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END, to_jsonb(NEW));
       END IF;
       RETURN NULL;
     END $$`,
  );
  await rawQuery(
    database,
    `DO $$ DECLARE t record; BEGIN
       FOR t IN SELECT c.oid::regclass AS rel FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND n.nspname IN (${SCHEMAS.map((s) => `'${s}'`).join(', ')}) LOOP
         EXECUTE format('CREATE TRIGGER bench_capture AFTER INSERT OR UPDATE ON %s
                         FOR EACH ROW EXECUTE FUNCTION bench_capture.record()', t.rel);
       END LOOP;
     END $$`,
  );
}

/** Drops the triggers (they depend on the function) and what was recorded. */
export async function removeCapture(database: Database): Promise<void> {
  await rawQuery(database, 'DROP SCHEMA IF EXISTS bench_capture CASCADE');
}

export async function readCapture(database: Database): Promise<CapturedWrite[]> {
  const rows = await rawQuery<{
    txid: string;
    schema_name: string;
    table_name: string;
    op: 'INSERT' | 'UPDATE';
    old_row: Row | null;
    new_row: Row;
  }>(
    database,
    'SELECT txid::text AS txid, schema_name, table_name, op, old_row, new_row FROM bench_capture.write ORDER BY seq',
  );
  return rows.map((r) => ({
    txid: r.txid,
    schema: r.schema_name,
    table: r.table_name,
    op: r.op,
    before: r.old_row,
    row: r.new_row,
  }));
}

// ---------------------------------------------------------------------------------------------
// What a bare script needs to know about a table.

export interface TableShape {
  /** `"schema"."table"`, for statements. */
  qualified: string;
  columns: { name: string; type: string; writable: boolean }[];
  primaryKey: string[];
  /** Unique indexes (the primary key's too) on plain columns. */
  unique: string[][];
  foreignKeys: { columns: string[]; schema: string; table: string; refColumns: string[] }[];
}

export const qualify = (schema: string, table: string) =>
  `"${schema.replaceAll('"', '""')}"."${table.replaceAll('"', '""')}"`;

export async function tableShape(database: Database, schema: string, table: string): Promise<TableShape> {
  const qualified = qualify(schema, table);
  const columns = await rawQuery<{ name: string; type: string; writable: boolean }>(
    database,
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            (a.attgenerated = '' AND a.attidentity <> 'a') AS writable
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [qualified],
  );
  const columnList = (rel: string, keys: string) =>
    `array(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.n ORDER BY k.o)::text[]`;
  const indexes = await rawQuery<{ primary: boolean; columns: string[]; expression: boolean }>(
    database,
    `SELECT i.indisprimary AS primary, ${columnList('i.indrelid', 'i.indkey::int2[]')} AS columns,
            (0 = ANY (i.indkey::int2[]) OR i.indexprs IS NOT NULL) AS expression
       FROM pg_index i WHERE i.indrelid = $1::regclass AND i.indisunique`,
    [qualified],
  );
  const foreignKeys = await rawQuery<{
    columns: string[];
    schema: string;
    table: string;
    refColumns: string[];
  }>(
    database,
    `SELECT ${columnList('c.conrelid', 'c.conkey')} AS columns, n.nspname AS schema, r.relname AS table,
            ${columnList('c.confrelid', 'c.confkey')} AS "refColumns"
       FROM pg_constraint c JOIN pg_class r ON r.oid = c.confrelid JOIN pg_namespace n ON n.oid = r.relnamespace
      WHERE c.conrelid = $1::regclass AND c.contype = 'f'`,
    [qualified],
  );
  const plain = indexes.filter((i) => !i.expression);
  return {
    qualified,
    columns,
    primaryKey: plain.find((i) => i.primary)?.columns ?? [],
    unique: plain.map((i) => i.columns),
    foreignKeys,
  };
}

/** One row by its key columns, as JSON (the shape the capture records). */
export async function readRow(
  database: Database,
  shape: TableShape,
  columns: string[],
  values: unknown[],
): Promise<Row | null> {
  const where = columns.map((c, k) => `t."${c}" = $${k + 1}`).join(' AND ');
  const [found] = await rawQuery<{ row: Row }>(
    database,
    `SELECT to_jsonb(t) AS row FROM ${shape.qualified} t WHERE ${where} LIMIT 1`,
    values,
  );
  return found?.row ?? null;
}
