import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './list-cursor.ts';

const ID = '0f8e5b2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

function refusal(cursor: string) {
  try {
    decodeCursor(cursor);
  } catch (error) {
    return error;
  }
  return null;
}

describe('list cursor', () => {
  it('reads back the position it was made of, to the microsecond', () => {
    for (const at of ['2026-11-02T03:04:05.123456Z', '2026-11-02T03:04:05.120Z', '2026-11-02T03:04:05Z']) {
      const cursor = encodeCursor({ at, id: ID });
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual({ at, id: ID });
    }
  });

  it('refuses anything else as a field error naming the cursor', () => {
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    const bad = [
      'not a cursor',
      '!!!!',
      b64('hello'),
      b64('{}'),
      b64('[]'),
      b64(JSON.stringify(['2026-11-02T03:04:05Z'])),
      b64(JSON.stringify(['2026-11-02T03:04:05Z', ID, 'x'])),
      b64(JSON.stringify(['2026-11-02T03:04:05Z', 42])),
      b64(JSON.stringify(['2026-11-02', ID])),
      b64(JSON.stringify(['2026-02-30T00:00:00Z', ID])),
      b64(JSON.stringify(['2026-11-02T25:00:00Z', ID])),
      b64(JSON.stringify(['2026-11-02T03:04:05+08:00', ID])),
      b64(JSON.stringify(['2026-11-02T03:04:05Z', 'not-a-uuid'])),
      b64(JSON.stringify(['2026-11-02T03:04:05Z', "x' OR 1=1 --"])),
    ];
    for (const cursor of bad) {
      const error = refusal(cursor);
      expect(error, cursor).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
      expect((error as AppError).fieldErrors).toEqual([
        expect.objectContaining({ field: 'cursor', labelZh: '翻页位置', labelEn: 'Page cursor' }),
      ]);
    }
  });
});
