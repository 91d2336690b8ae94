import { describe, expect, it } from 'vitest';
import { chinaDate } from './draft-api.ts';

describe('chinaDate', () => {
  it('gives the date in China, which may be the next day', () => {
    expect(chinaDate('2026-12-31T15:59:59Z')).toBe('2026-12-31');
    expect(chinaDate('2026-12-31T16:30:00Z')).toBe('2027-01-01');
    expect(chinaDate('2027-03-01T00:00:00+08:00')).toBe('2027-03-01');
  });

  it('leaves a text that is not an instant as it is', () => {
    expect(chinaDate('not a date')).toBe('not a date');
  });
});
