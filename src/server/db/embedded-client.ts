/**
 * The embedded database's handles, without a per-statement copy of PGlite's parser table.
 *
 * Drizzle's PGlite driver sends the same nine type parsers with every statement (dates,
 * timestamps, intervals, their arrays and numeric[] left as text, for Drizzle to map), and PGlite
 * merges per-statement parsers into a fresh copy of its whole table (300-odd types) each time:
 * about 0.1 ms a statement, as much as a small query itself costs. Here the instance takes those
 * nine into its own table once, and Drizzle gets a handle that leaves them out of each statement.
 * Everyone else who reads through the instance directly (pg-boss) gets PGlite's usual parsing of
 * those types back with each of their statements, through `withUsualParsing`.
 */
import { type PGlite, type QueryOptions, type Results, type Transaction, types } from '@electric-sql/pglite';

/** The types Drizzle reads as text: timestamp, timestamptz, interval, date, and arrays of them and of numeric. */
const AS_TEXT = [
  types.TIMESTAMP,
  types.TIMESTAMPTZ,
  types.INTERVAL,
  types.DATE,
  1231,
  1115,
  1185,
  1187,
  1182,
];

const usual = new WeakMap<PGlite, QueryOptions['parsers']>();

/**
 * Makes the instance read Drizzle's text types as text by default, and returns the client to hand
 * to Drizzle. Call once, before the first statement through Drizzle.
 */
export function drizzleClient(pglite: PGlite) {
  const identity = (value: string) => value;
  const before: NonNullable<QueryOptions['parsers']> = {};
  for (const type of AS_TEXT) {
    const parser = pglite.parsers[type];
    if (parser) before[type] = parser;
    pglite.parsers[type] = identity;
  }
  usual.set(pglite, before);
  const withoutParsers = (options: QueryOptions | undefined): QueryOptions | undefined => {
    if (!options?.parsers) return options;
    const { parsers: _sameAsTheInstance, ...rest } = options;
    return rest;
  };
  const adapt = (target: PGlite | Transaction) => ({
    query: <T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> =>
      target.query<T>(text, params, withoutParsers(options)),
    exec: (text: string, options?: QueryOptions) => target.exec(text, withoutParsers(options)),
  });
  return {
    ...adapt(pglite),
    transaction: <T>(run: (tx: ReturnType<typeof adapt>) => Promise<T>): Promise<T> =>
      pglite.transaction((tx) => run(adapt(tx))),
  };
}

/**
 * The instance as a client that reads dates and timestamps as PGlite usually does (for pg-boss,
 * which expects that): the usual parsers are sent with each statement.
 */
export function withUsualParsing(pglite: PGlite) {
  const parsers = usual.get(pglite) ?? {};
  return {
    query: <T>(text: string, params?: unknown[], options?: QueryOptions) =>
      pglite.query<T>(text, params, { ...options, parsers: { ...parsers, ...options?.parsers } }),
    exec: (text: string, options?: QueryOptions) =>
      pglite.exec(text, { ...options, parsers: { ...parsers, ...options?.parsers } }),
  };
}
