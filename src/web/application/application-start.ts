/**
 * Where an application starts from: the county and the answers of the questionnaire (情形引导),
 * and the deceased's ID number if it was given there. The questionnaire's 开始申请 keeps them in
 * sessionStorage (this tab only) as well as in the navigation state, so signing in on the way or
 * reloading the page does not lose them.
 */
import type { GuideMeAnswers } from '../questionnaire/guide-me.tsx';

const START_KEY = 'lianban.applicationStart';

export type ApplicationStart = GuideMeAnswers;

function isStart(value: unknown): value is ApplicationStart {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<ApplicationStart>;
  return (
    typeof candidate.regionCode === 'string' &&
    /^\d{6}$/.test(candidate.regionCode) &&
    !!candidate.answers &&
    typeof candidate.answers === 'object' &&
    Object.values(candidate.answers).every((v) => typeof v === 'string') &&
    (candidate.deceasedIdNumber === undefined || typeof candidate.deceasedIdNumber === 'string')
  );
}

export function rememberApplicationStart(start: ApplicationStart): void {
  try {
    window.sessionStorage.setItem(START_KEY, JSON.stringify(start));
  } catch {
    // Private browsing modes may refuse storage; the navigation state still carries the start.
  }
}

/** The start passed by navigation, else the one kept in this tab, else none. */
export function readApplicationStart(fromNavigation: unknown): ApplicationStart | null {
  if (isStart(fromNavigation)) return fromNavigation;
  try {
    const raw = window.sessionStorage.getItem(START_KEY);
    const stored: unknown = raw ? JSON.parse(raw) : null;
    return isStart(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Once a draft exists it is the place to come back to; the start is not used again. */
export function forgetApplicationStart(): void {
  try {
    window.sessionStorage.removeItem(START_KEY);
  } catch {
    // See rememberApplicationStart.
  }
}
