/**
 * Statements built once per database handle and sent as prepared statements. The hottest reads
 * (a request's session, the one-case-per-deceased check, the current catalog version) run on
 * nearly every request; building their SQL each time costs more CPU than the database spends on
 * them. Prepared with a name, PostgreSQL also parses and plans each once per connection.
 */
const kept = new WeakMap<object, Map<string, unknown>>();

/** The statement `name` for `db`, built by `build` the first time it is asked for. */
export function preparedFor<T>(db: object, name: string, build: () => T): T {
  let byName = kept.get(db);
  if (!byName) {
    byName = new Map();
    kept.set(db, byName);
  }
  let statement = byName.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build();
    byName.set(name, statement);
  }
  return statement;
}
