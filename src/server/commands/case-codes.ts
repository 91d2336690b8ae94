/**
 * Case-code sequence numbers without a hot row.
 *
 * The sequence in a case code (domain/case-code.ts) counts per county and day. A counter row per
 * county and day, updated inside each submission's transaction, would hold that row locked until
 * the submission commits, so a county's submissions would queue one behind another, on every
 * instance. Instead each instance reserves numbers in a statement of its own, committed at once:
 * the row is locked only for that one statement. Submissions that arrive while a reservation is
 * on its way wait for the next one, which reserves a number for each of them in the same
 * statement — the busier a county, the fewer statements per case.
 *
 * Unique on every backend and across instances (the row's update is atomic). Gap-tolerant: a
 * number reserved for a submission that then fails (a unique key, a lost connection) is never
 * used, and numbers from two instances interleave rather than follow submission order exactly.
 * Nothing waits on a number it does not use; a reservation is never kept for later.
 */
import { sql } from 'drizzle-orm';
import { chinaDateStamp, formatCaseCode } from '../../domain/case-code.ts';
import { type Db, queryRows } from '../db/database.ts';

/** The most numbers one statement reserves; more waiting submissions take the next statement. */
const MOST_PER_RESERVATION = 200;

interface Waiter {
  resolve(code: string): void;
  reject(error: unknown): void;
}

export class CaseCodeReserver {
  private readonly queues = new Map<string, Waiter[]>();
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** The next case code for a case filed in `regionCode` at `at` (its date in China). */
  next(regionCode: string, at: Date): Promise<string> {
    const day = chinaDateStamp(at);
    const key = `${regionCode}:${day}`;
    return new Promise<string>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ resolve, reject });
        return;
      }
      this.queues.set(key, [{ resolve, reject }]);
      void this.drain(key, regionCode, day);
    });
  }

  private async drain(key: string, regionCode: string, day: string): Promise<void> {
    for (;;) {
      const queue = this.queues.get(key) ?? [];
      if (queue.length === 0) {
        this.queues.delete(key);
        return;
      }
      const batch = queue.splice(0, MOST_PER_RESERVATION);
      try {
        const last = await this.reserve(regionCode, day, batch.length);
        const first = last - batch.length + 1;
        batch.forEach((waiter, i) => {
          try {
            waiter.resolve(formatCaseCode(regionCode, day, first + i));
          } catch (error) {
            waiter.reject(error);
          }
        });
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
    }
  }

  /** Reserves `count` numbers and returns the last of them; commits on its own. */
  private async reserve(regionCode: string, day: string, count: number): Promise<number> {
    const [row] = await queryRows<{ last_sequence: number | string }>(
      this.db,
      sql`INSERT INTO case_code_sequence AS s (region_code, day, last_sequence)
          VALUES (${regionCode}, ${day}, ${count})
          ON CONFLICT (region_code, day) DO UPDATE SET last_sequence = s.last_sequence + ${count}::int
          RETURNING s.last_sequence`,
    );
    if (!row) throw new Error('case code reservation returned nothing');
    return Number(row.last_sequence);
  }
}
