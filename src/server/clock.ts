/**
 * The service's clock: the one place the server reads the time for business purposes — when a
 * case was submitted, "today" for a time limit, when a draft expires, a lockout ends, a notice or
 * a message was issued. Timers of the machinery (timeouts, sign-in sessions, the job queue, logs)
 * read the machine's time directly.
 *
 * A test may set the clock to another instant; from there it runs on at the real pace, so events
 * keep their order.
 */
import { type IsoDate, serviceDate } from '../domain/clock.ts';

/** The instant the clock was set to, and the machine's time when it was set. */
let setting: { at: number; setAt: number } | null = null;

/** The current instant. */
export function now(): Date {
  return setting ? new Date(setting.at + (Date.now() - setting.setAt)) : new Date();
}

/** Today's date in China (YYYY-MM-DD). */
export function today(): IsoDate {
  return serviceDate(now());
}

/**
 * For tests: the clock reads `at` from now on (and runs on from there); `null` gives it back to
 * the machine's time. Refused in production.
 */
export function setClockForTests(at: Date | string | null): void {
  if (process.env.NODE_ENV === 'production') throw new Error('the clock cannot be set in production');
  if (at === null) {
    setting = null;
    return;
  }
  const time = new Date(at).getTime();
  if (Number.isNaN(time)) throw new RangeError(`not an instant: ${String(at)}`);
  setting = { at: time, setAt: Date.now() };
}
