/**
 * The position in a list ordered by a time and then an id (keyset pagination): what the client
 * receives as an opaque cursor — base64url of the JSON pair `[time ISO 8601, id]` of the last row
 * it was given — and reads the next page after. The time keeps the database's microseconds, so
 * rows stored with the same millisecond are neither skipped nor repeated.
 */
import { problem } from '../../domain/field-problems.ts';
import { AppError } from '../errors.ts';

export interface ListPosition {
  /** ISO 8601 in UTC, up to microseconds: `2026-11-02T03:04:05.123456Z`. */
  at: string;
  id: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url');
}

function invalidCursor(field: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    fieldErrors: [
      problem(
        field,
        '翻页位置无效，请从第一页重新查看',
        'The page cursor is not valid; start again from the first page',
      ),
    ],
  });
}

/** The position a cursor names; anything else is a field error naming `field`. */
export function decodeCursor(cursor: string, field = 'cursor'): ListPosition {
  if (!BASE64URL.test(cursor)) throw invalidCursor(field);
  let pair: unknown;
  try {
    pair = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor(field);
  }
  if (!Array.isArray(pair) || pair.length !== 2) throw invalidCursor(field);
  const [at, id] = pair as unknown[];
  if (typeof at !== 'string' || typeof id !== 'string') throw invalidCursor(field);
  if (!ISO_UTC.test(at) || Number.isNaN(Date.parse(at)) || !UUID.test(id)) throw invalidCursor(field);
  // A day or hour out of range (2026-02-30, 25:00) is not a time, though it has the shape of one.
  if (new Date(at).toISOString().slice(0, 19) !== at.slice(0, 19)) throw invalidCursor(field);
  return { at, id };
}
