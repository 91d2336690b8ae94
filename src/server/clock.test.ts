import { afterEach, describe, expect, it } from 'vitest';
import { now, setClockForTests, today } from './clock.ts';

afterEach(() => setClockForTests(null));

describe("the service's clock", () => {
  it('reads the machine time until it is set', () => {
    const before = Date.now();
    const read = now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });

  it('reads the instant it was set to, and runs on from there', async () => {
    setClockForTests('2026-12-31T16:30:00Z');
    const first = now().getTime();
    expect(first - Date.parse('2026-12-31T16:30:00Z')).toBeLessThan(1000);
    expect(today()).toBe('2027-01-01');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(now().getTime()).toBeGreaterThan(first);
  });

  it('goes back to the machine time when cleared', () => {
    setClockForTests(new Date('2020-01-01T00:00:00Z'));
    setClockForTests(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('refuses something that is not an instant', () => {
    expect(() => setClockForTests('tomorrow')).toThrow(RangeError);
  });
});
