/**
 * The rows the baseline writes, taken from what the app actually wrote. After an app run, with
 * the row capture installed (harness/row-capture.ts), one prepared draft per county is submitted;
 * the writes of the transaction that inserted each case are its county's template — whatever
 * tables and statements the submission uses at the time. Rows those writes point at by foreign
 * key (region, department, citizen, stored files, the job queue's row…) are copied along, once.
 */
import type { Database } from '../../src/server/db/database.ts';
import {
  type CapturedWrite,
  type Row,
  readCapture,
  readRow,
  type TableShape,
  tableShape,
} from '../harness/row-capture.ts';
import type { Application } from './intake-data.ts';

/** Written in the submit transaction but not by the baseline, and why. */
export const NOT_IN_BASELINE: Record<string, string> = {
  'public.case_code_sequence': 'the baseline computes each case code before the clock starts',
};

/** The submission a county's template was captured from, and the plain values it carried. */
export interface Sample {
  regionCode: string;
  application: Application;
  caseCode: string;
  idempotencyKey: string;
}

export interface BaselineTemplate {
  byRegion: Record<string, { sample: Sample; writes: CapturedWrite[] }>;
  /** Every table written or referenced, by `schema.table`. */
  shapes: Record<string, TableShape>;
  /** Referenced rows, in an order that satisfies their own foreign keys. */
  reference: { table: string; row: Row }[];
  /** Tables the submit transaction wrote that the baseline leaves out (see NOT_IN_BASELINE). */
  left: { table: string; op: string; rows: number; why: string }[];
  /** Writes of other transactions while the samples were submitted (not in the baseline). */
  elsewhere: { table: string; op: string; rows: number }[];
}

export const tableName = (w: { schema: string; table: string }) => `${w.schema}.${w.table}`;

function countBy(writes: readonly CapturedWrite[]) {
  const counts = new Map<string, { table: string; op: string; rows: number }>();
  for (const w of writes) {
    const key = `${tableName(w)} ${w.op}`;
    const entry = counts.get(key) ?? { table: tableName(w), op: w.op, rows: 0 };
    entry.rows++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** The rows a transaction's writes own: rows it inserted, and rows it updated (as they were). */
function ownRows(writes: readonly CapturedWrite[]): { table: string; row: Row }[] {
  return writes.map((w) => ({ table: tableName(w), row: w.before ?? w.row }));
}

export async function readTemplate(database: Database, samples: Sample[]): Promise<BaselineTemplate> {
  const captured = await readCapture(database);
  const byRegion: BaselineTemplate['byRegion'] = {};
  const inTransactions = new Set<string>();
  const left: CapturedWrite[] = [];
  for (const sample of samples) {
    const created = captured.find(
      (w) => tableName(w) === 'public.case' && w.op === 'INSERT' && w.row.code === sample.caseCode,
    );
    if (!created) throw new Error(`no captured insert of case ${sample.caseCode}`);
    inTransactions.add(created.txid);
    const all = captured.filter((w) => w.txid === created.txid);
    left.push(...all.filter((w) => NOT_IN_BASELINE[tableName(w)]));
    byRegion[sample.regionCode] = { sample, writes: all.filter((w) => !NOT_IN_BASELINE[tableName(w)]) };
  }

  const shapes: Record<string, TableShape> = {};
  const shapeOf = async (schema: string, table: string) => {
    const name = `${schema}.${table}`;
    shapes[name] ??= await tableShape(database, schema, table);
    return shapes[name];
  };
  const templates = Object.values(byRegion);
  for (const w of templates.flatMap((t) => t.writes)) await shapeOf(w.schema, w.table);

  // Follow foreign keys out of the written rows to rows the baseline must find in place.
  const own = templates.flatMap((t) => ownRows(t.writes));
  const isOwn = (table: string, columns: string[], values: unknown[]) =>
    own.some(
      (o) =>
        o.table === table && columns.every((c, k) => JSON.stringify(o.row[c]) === JSON.stringify(values[k])),
    );
  const reference: BaselineTemplate['reference'] = [];
  const seen = new Set<string>();
  const follow = async (table: string, row: Row): Promise<void> => {
    for (const fk of shapes[table]?.foreignKeys ?? []) {
      const values = fk.columns.map((c) => row[c]);
      if (values.some((v) => v === null || v === undefined)) continue;
      const target = `${fk.schema}.${fk.table}`;
      if (isOwn(target, fk.refColumns, values)) continue;
      const key = `${target} ${JSON.stringify(values)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const shape = await shapeOf(fk.schema, fk.table);
      const found = await readRow(database, shape, fk.refColumns, values);
      if (!found) continue;
      await follow(target, found);
      reference.push({ table: target, row: found });
    }
  };
  for (const w of templates.flatMap((t) => t.writes)) {
    await follow(tableName(w), w.row);
    if (w.before) await follow(tableName(w), w.before);
  }

  return {
    byRegion,
    shapes,
    reference,
    left: countBy(left).map((c) => ({ ...c, why: NOT_IN_BASELINE[c.table] as string })),
    elsewhere: countBy(captured.filter((w) => !inTransactions.has(w.txid))),
  };
}
