/**
 * The raw baseline: the rows a submission writes, written by a bare script into a fresh database
 * on the same backend (same migrations, so the same indexes, constraints and triggers, and pg-boss's
 * schema). Per case one transaction of plain parameterised statements, derived from the captured
 * template (intake-template.ts): one multi-row INSERT per table the submission inserts into (the
 * very columns and values it wrote), and one UPDATE per table and change it made to rows that
 * were already there (those rows are prepared untimed, as the app's drafts are). Same concurrency
 * as the app, a pool of the app's size, no HTTP, no validation; every value is computed before the
 * clock starts.
 *
 * Per case, the values that identify it are replaced wherever they occur (in any column, inside
 * JSON and inside sealed values, which are opened and sealed again with the app's key): the ids of
 * the rows it writes, the case code, the idempotency key, the deceased's ID number, its blind index
 * and name, the phone number and its masked form. A unique index still left with equal values gets
 * distinct ones in its last column (a number counted up, or text with a suffix).
 */
import { randomUUID } from 'node:crypto';
import { chinaDateStamp, formatCaseCode } from '../../src/domain/case-code.ts';
import { maskPhone } from '../../src/domain/identity-numbers.ts';
import type { Database } from '../../src/server/db/database.ts';
import {
  blindIndex,
  type DataKeys,
  decryptField,
  encryptField,
} from '../../src/server/security/national-crypto.ts';
import type { Row, TableShape } from '../harness/row-capture.ts';
import { applicationFor } from './intake-data.ts';
import { type BaselineTemplate, tableName } from './intake-template.ts';

export interface Statement {
  text: string;
  params: unknown[];
}

export interface BaselinePlan {
  /** Rows copied once, before anything else (ON CONFLICT DO NOTHING). */
  reference: Statement[];
  /** Per case: rows its updates need in place, inserted untimed. */
  prepare: Statement[][];
  /** Per case: the timed transaction. */
  cases: Statement[][];
  /** What one case's transaction writes, for the results. */
  writes: { statement: string; rows: number; columns: number }[];
  prepared: { table: string; rows: number }[];
}

const SEALED = /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/;
const JSON_TYPES = new Set(['json', 'jsonb']);

function replaceAll(text: string, pairs: readonly [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

function substitute(value: unknown, pairs: readonly [string, string][], keys: DataKeys): unknown {
  if (typeof value === 'string') {
    if (SEALED.test(value)) {
      try {
        return encryptField(keys, replaceAll(decryptField(keys, value), pairs));
      } catch {
        // Not sealed with this key after all: treat as text.
      }
    }
    return replaceAll(value, pairs);
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, pairs, keys));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, pairs, keys)]));
  return value;
}

const param = (type: string, value: unknown) =>
  value === null || value === undefined ? null : JSON_TYPES.has(type) ? JSON.stringify(value) : value;

function insert(shape: TableShape, rows: Row[], onConflict = ''): Statement {
  const columns = shape.columns.filter((c) => c.writable && rows.some((row) => c.name in row));
  const params: unknown[] = [];
  const tuples = rows.map(
    (row) =>
      `(${columns
        .map((c) => {
          params.push(param(c.type, row[c.name]));
          return `$${params.length}::${c.type}`;
        })
        .join(', ')})`,
  );
  return {
    text: `INSERT INTO ${shape.qualified} (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES ${tuples.join(', ')}${onConflict}`,
    params,
  };
}

function update(shape: TableShape, changed: string[], row: Row, keys: Row[]): Statement {
  const type = (name: string) => shape.columns.find((c) => c.name === name)?.type ?? 'text';
  const params: unknown[] = changed.map((c) => param(type(c), row[c]));
  const set = changed.map((c, k) => `"${c}" = $${k + 1}::${type(c)}`).join(', ');
  const [only, ...more] = shape.primaryKey;
  if (!only) throw new Error(`${shape.qualified} has no primary key to update by`);
  let where: string;
  if (more.length === 0) {
    params.push(keys.map((k) => k[only]));
    where = `"${only}" = ANY($${params.length}::${type(only)}[])`;
  } else {
    if (keys.length !== 1) throw new Error(`${shape.qualified}: one row per update with a composite key`);
    where = shape.primaryKey
      .map((c) => {
        params.push(keys[0]?.[c]);
        return `"${c}" = $${params.length}::${type(c)}`;
      })
      .join(' AND ');
  }
  return { text: `UPDATE ${shape.qualified} SET ${set} WHERE ${where}`, params };
}

/** Give every unique index distinct values over `rows` (all cases' rows of one table). */
function keepUnique(shape: TableShape, rows: Row[]) {
  for (const index of shape.unique) {
    const tuples = () => rows.map((row) => index.map((c) => row[c]));
    const hasTwins = () => {
      const seen = new Set<string>();
      for (const tuple of tuples()) {
        if (tuple.some((v) => v === null || v === undefined)) continue;
        const key = JSON.stringify(tuple);
        if (seen.has(key)) return true;
        seen.add(key);
      }
      return false;
    };
    if (!hasTwins()) continue;
    const column = index[index.length - 1] as string;
    const type = shape.columns.find((c) => c.name === column)?.type ?? '';
    rows.forEach((row, ordinal) => {
      if (/^(smallint|integer|bigint)$/.test(type)) row[column] = 1_000_000_000 + ordinal;
      else if (type === 'uuid') row[column] = randomUUID();
      else if (/^(text|character varying)/.test(type)) row[column] = `${String(row[column])}~${ordinal}`;
    });
    if (hasTwins())
      throw new Error(`baseline: cannot make ${shape.qualified} (${index.join(', ')}) distinct`);
  }
}

/**
 * Every statement of `count` cases, computed now. Case j is filed in `regions[j mod length]`, with
 * the application the bench would make as its j-th, by the sample's citizen.
 */
export function planBaseline(
  template: BaselineTemplate,
  count: number,
  regions: readonly string[],
  keys: DataKeys,
  tag: string,
): BaselinePlan {
  const shapeOf = (table: string) => {
    const shape = template.shapes[table];
    if (!shape) throw new Error(`no shape for ${table}`);
    return shape;
  };
  const day = chinaDateStamp(new Date());
  const sequence = new Map<string, number>();
  const perCase = Array.from({ length: count }, (_, j) => {
    const regionCode = regions[j % regions.length] as string;
    const entry = template.byRegion[regionCode];
    if (!entry) throw new Error(`no template for county ${regionCode}`);
    const { sample, writes } = entry;
    const mine = applicationFor(j, 0, [regionCode]);
    const seq = (sequence.get(regionCode) ?? 0) + 1;
    sequence.set(regionCode, seq);
    const pairs: [string, string][] = [];
    for (const w of writes) {
      const shape = shapeOf(tableName(w));
      for (const column of shape.primaryKey) {
        const value = (w.before ?? w.row)[column];
        const type = shape.columns.find((c) => c.name === column)?.type;
        if (type === 'uuid' && typeof value === 'string' && !pairs.some(([from]) => from === value))
          pairs.push([value, randomUUID()]);
      }
    }
    const theirs = sample.application;
    const phone = (a: typeof mine) => a.values['applicant.phone'] as string;
    pairs.push(
      [sample.caseCode, formatCaseCode(regionCode, day, seq)],
      [sample.idempotencyKey, `raw-${tag}-${j}`],
      [theirs.deceasedIdNumber, mine.deceasedIdNumber],
      [blindIndex(keys, theirs.deceasedIdNumber), blindIndex(keys, mine.deceasedIdNumber)],
      [theirs.values['deceased.name'] as string, mine.values['deceased.name'] as string],
      [phone(theirs), phone(mine)],
      [maskPhone(phone(theirs)), maskPhone(phone(mine))],
    );
    const ordered = pairs.filter(([from, to]) => from !== to).sort((a, b) => b[0].length - a[0].length);
    return writes.map((w) => ({
      ...w,
      // What an update changed, judged on the rows as the app wrote them (a sealed value sealed
      // again below differs from its copy even when the app left it alone).
      changed: w.before
        ? Object.keys(w.row).filter((c) => JSON.stringify(w.row[c]) !== JSON.stringify(w.before?.[c]))
        : [],
      row: substitute(w.row, ordered, keys) as Row,
      before: w.before ? (substitute(w.before, ordered, keys) as Row) : null,
    }));
  });

  // Rows updated in a case's transaction but not inserted by it are there before it starts.
  const pkOf = (table: string, row: Row) => JSON.stringify(shapeOf(table).primaryKey.map((c) => row[c]));
  const preparedRows = perCase.map((writes) => {
    const inserted = new Set(
      writes.filter((w) => w.op === 'INSERT').map((w) => `${tableName(w)} ${pkOf(tableName(w), w.row)}`),
    );
    const rows = new Map<string, { table: string; row: Row }>();
    for (const w of writes) {
      const key = `${tableName(w)} ${pkOf(tableName(w), w.row)}`;
      if (w.op === 'UPDATE' && w.before && !inserted.has(key) && !rows.has(key))
        rows.set(key, { table: tableName(w), row: w.before });
    }
    return [...rows.values()];
  });
  const byTable = new Map<string, Row[]>();
  const collect = (table: string, row: Row) => {
    const rows = byTable.get(table) ?? [];
    rows.push(row);
    byTable.set(table, rows);
  };
  perCase.forEach((writes, j) => {
    for (const w of writes) if (w.op === 'INSERT') collect(tableName(w), w.row);
    for (const p of preparedRows[j] ?? []) collect(p.table, p.row);
  });
  for (const [table, rows] of byTable) keepUnique(shapeOf(table), rows);

  const cases = perCase.map((writes) => {
    // One statement per table inserted into, and per table and change updated, in first-write order.
    const groups = new Map<string, { op: string; table: string; rows: Row[]; changed: string[] }>();
    for (const w of writes) {
      const table = tableName(w);
      const { changed } = w;
      const key =
        w.op === 'INSERT'
          ? `INSERT ${table}`
          : `UPDATE ${table} ${JSON.stringify(changed.map((c) => [c, w.row[c]]))}`;
      const group = groups.get(key) ?? { op: w.op, table, rows: [], changed };
      group.rows.push(w.row);
      groups.set(key, group);
    }
    return [...groups.values()]
      .filter((g) => g.op === 'INSERT' || g.changed.length > 0)
      .map((g) => ({
        group: g,
        statement:
          g.op === 'INSERT'
            ? insert(shapeOf(g.table), g.rows)
            : update(shapeOf(g.table), g.changed, g.rows[0] as Row, g.rows),
      }));
  });

  const groupsOf = (rows: { table: string; row: Row }[]) => {
    const tables = new Map<string, Row[]>();
    for (const r of rows) tables.set(r.table, [...(tables.get(r.table) ?? []), r.row]);
    return [...tables.entries()];
  };
  return {
    reference: template.reference.map((r) => insert(shapeOf(r.table), [r.row], ' ON CONFLICT DO NOTHING')),
    prepare: preparedRows.map((rows) => groupsOf(rows).map(([table, list]) => insert(shapeOf(table), list))),
    cases: cases.map((list) => list.map((s) => s.statement)),
    writes: (cases[0] ?? []).map(({ group }) => ({
      statement:
        group.op === 'INSERT'
          ? `INSERT INTO ${group.table}`
          : `UPDATE ${group.table} SET ${group.changed.join(', ')}`,
      rows: group.rows.length,
      columns:
        group.op === 'INSERT'
          ? shapeOf(group.table).columns.filter((c) => c.writable && c.name in (group.rows[0] ?? {})).length
          : group.changed.length,
    })),
    prepared: groupsOf(preparedRows[0] ?? []).map(([table, list]) => ({ table, rows: list.length })),
  };
}

/** Run one case's statements in one transaction. */
export async function runTransaction(database: Database, statements: readonly Statement[]): Promise<void> {
  if (database.kind === 'pglite') {
    await database.pglite.transaction(async (tx) => {
      for (const s of statements) await tx.query(s.text, s.params);
    });
    return;
  }
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    for (const s of statements) await client.query(s.text, s.params);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
