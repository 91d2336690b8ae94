/**
 * The embedded database's handles: Drizzle reads dates and timestamps as it expects without
 * sending PGlite a parser table with every statement, and pg-boss's handle still reads them as
 * PGlite usually does.
 */
import { PGlite, type QueryOptions } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzleClient, withUsualParsing } from '../../src/server/db/embedded-client.ts';

let pglite: PGlite;
const seen: (object | undefined)[] = [];

beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(`CREATE TABLE t (at timestamptz NOT NULL, plain timestamp NOT NULL, day date NOT NULL,
                     span interval NOT NULL, days date[] NOT NULL, n numeric NOT NULL)`);
  await pglite.exec(`INSERT INTO t VALUES ('2026-12-01 10:00:00+08', '2026-12-01 10:00:00', '2026-12-01',
                     '3 days', '{2026-12-01,2026-12-02}', 1.50)`);
  const query = pglite.query.bind(pglite);
  pglite.query = ((text: string, params?: unknown[], options?: QueryOptions) => {
    seen.push(options?.parsers);
    return query(text, params, options);
  }) as typeof pglite.query;
});
afterAll(async () => {
  await pglite?.close();
});

describe('the embedded database handles', () => {
  it('give Drizzle its text types as text, without a parser table per statement', async () => {
    const db = drizzle({ client: drizzleClient(pglite) as unknown as PGlite });
    seen.length = 0;
    const result = await db.execute(sql`SELECT at, plain, day, span, days, n FROM t`);
    expect(result.rows[0]).toEqual({
      at: '2026-12-01 02:00:00+00',
      plain: '2026-12-01 10:00:00',
      day: '2026-12-01',
      span: '3 days',
      days: '{2026-12-01,2026-12-02}',
      n: '1.50',
    });
    expect(seen).toEqual([undefined]);
    // In a transaction too.
    await db.transaction(async (tx) => {
      const inside = await tx.execute(sql`SELECT day FROM t`);
      expect(inside.rows[0]).toEqual({ day: '2026-12-01' });
    });
    expect(seen.every((parsers) => parsers === undefined)).toBe(true);
  });

  it('give pg-boss dates and timestamps as PGlite usually reads them', async () => {
    const usual = withUsualParsing(pglite);
    const [row] = (
      await usual.query<{ at: unknown; day: unknown }>('SELECT at, day FROM t WHERE n = $1', [1.5])
    ).rows;
    expect(row?.at).toBeInstanceOf(Date);
    expect((row?.at as Date | undefined)?.toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(row?.day).toBeInstanceOf(Date);
    const [viaExec] = await usual.exec('SELECT at FROM t');
    expect(viaExec?.rows[0]?.at).toBeInstanceOf(Date);
  });
});
