/**
 * The county chosen last time on this device, so a family that looked at 岳阳县 once finds it chosen
 * next time. No React here: the guide's pages and a server-drawn guide's own script
 * (static-page.ts) remember it the same way.
 */
const REGION_KEY = 'lianban.region';

/** The county the guide shows to a family that has not chosen one: 五华区. */
export const DEFAULT_REGION = '530102';

/** A county's code (GB/T 2260): six digits. */
export function isRegionCode(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{6}$/.test(value);
}

/** The county chosen last time on this device, if one was. */
export function chosenRegion(): string | undefined {
  try {
    const stored = window.localStorage.getItem(REGION_KEY);
    return isRegionCode(stored) ? stored : undefined;
  } catch {
    // Private browsing modes may refuse storage (and a page drawn by the server has none): nothing
    // is remembered then.
    return undefined;
  }
}

/** The county chosen last time on this device, or 五华区 for the guide's first visit. */
export function rememberedRegion(): string {
  return chosenRegion() ?? DEFAULT_REGION;
}

export function rememberRegion(code: string): void {
  try {
    window.localStorage.setItem(REGION_KEY, code);
  } catch {
    // See chosenRegion.
  }
}
