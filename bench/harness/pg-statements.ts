/**
 * Counting the statements a piece of work sends to PostgreSQL, with pg_stat_statements (loaded by
 * `startPostgres({ statements: true })`). Top-level statements are the client's, one round trip
 * each; statements run inside functions and triggers are counted apart. pg-boss's own work (its
 * polling and maintenance, whose statements name the `pgboss` schema) is left out — except a job
 * inserted by the application, which is part of the request that queues it.
 */
import type { Database } from '../../src/server/db/database.ts';
import { rawQuery } from './backends.ts';

export const KINDS = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'BEGIN', 'COMMIT', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface StatementCounts {
  /** Top-level statements (round trips) by kind. */
  byKind: Record<Kind, number>;
  total: number;
  /** Statements run inside functions and triggers, and foreign-key checks (no round trip of their own). */
  nested: number;
  /** Each top-level statement with its calls, most called first (text shortened). */
  statements: { kind: Kind; calls: number; query: string }[];
}

/** Create the extension in this database; false when the server did not load it. */
export async function enableStatements(database: Database): Promise<boolean> {
  if (database.kind !== 'postgres') return false;
  const [loaded] = await rawQuery<{ on: boolean }>(
    database,
    "SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' AS on",
  );
  if (!loaded?.on) return false;
  await rawQuery(database, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  return true;
}

export async function resetStatements(database: Database) {
  await rawQuery(database, 'SELECT pg_stat_statements_reset()');
}

export function kindOf(query: string): Kind {
  const text = query
    .replace(/--[^\n]*\n/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .trim()
    .replace(/^\(+/, '')
    .toLowerCase();
  const first = text.split(/\s+/, 1)[0] ?? '';
  if (first === 'with') {
    // A data-modifying WITH counts as what it modifies.
    const modifying = /\b(insert\s+into|update|delete\s+from)\b/.exec(text)?.[1] ?? 'select';
    return kindOf(modifying);
  }
  if (first === 'select' || first === 'values' || first === 'table') return 'SELECT';
  if (first === 'insert') return 'INSERT';
  if (first === 'update') return 'UPDATE';
  if (first === 'delete') return 'DELETE';
  if (first === 'begin' || text.startsWith('start transaction')) return 'BEGIN';
  if (first === 'commit' || first === 'end') return 'COMMIT';
  return 'other';
}

/** pg-boss's own statements (not a job the application inserts), and this module's. */
function excluded(query: string): boolean {
  if (/pg_stat_statements/i.test(query)) return true;
  return /"?pgboss"?\./i.test(query) && !/^\s*(with\b.*)?insert\s+into\s+"?pgboss"?\."?job/is.test(query);
}

/**
 * A foreign-key check PostgreSQL runs itself (ri_triggers.c's query): counted top-level when a
 * deferred constraint is checked at COMMIT, but no round trip of the client's.
 */
const foreignKeyCheck = (query: string) =>
  /^SELECT \$?\d+ FROM ONLY .* FOR KEY SHARE OF x$/s.test(query.trim());

/** What was counted since the last reset, in this database. */
export async function readStatements(database: Database): Promise<StatementCounts> {
  const rows = await rawQuery<{ query: string; calls: number; toplevel: boolean }>(
    database,
    `SELECT query, calls::float8 AS calls, toplevel FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  let nested = 0;
  const statements: StatementCounts['statements'] = [];
  for (const row of rows) {
    if (excluded(row.query) && !foreignKeyCheck(row.query)) continue;
    if (!row.toplevel || foreignKeyCheck(row.query)) {
      nested += row.calls;
      continue;
    }
    const kind = kindOf(row.query);
    byKind[kind] += row.calls;
    statements.push({ kind, calls: row.calls, query: row.query.replace(/\s+/g, ' ').slice(0, 160) });
  }
  statements.sort((a, b) => b.calls - a.calls);
  return { byKind, total: KINDS.reduce((sum, kind) => sum + byKind[kind], 0), nested, statements };
}
