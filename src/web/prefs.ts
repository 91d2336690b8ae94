/**
 * A family's two display choices, the UI language and large text (大字模式): kept in localStorage so
 * they survive a reload, and mirrored in the `lb_prefs` cookie (`en`, `large` or `en.large`; absent
 * when both are the defaults). The cookie holds nothing personal: the server reads it only to know
 * that a page prerendered in Chinese at the usual size (docs/ARCHITECTURE.md, "Prerendered family
 * pages") is not what this browser shows, and sends the app's plain page instead.
 *
 * No React here: the app (app-state.tsx) and a prerendered page's own small script
 * (static-page.ts) keep the choices the same way.
 */
import type { Language } from './i18n.ts';

const LANGUAGE_KEY = 'lianban.language';
const LARGE_TEXT_KEY = 'lianban.largeText';
/** Read by the server (http/static-files.ts); keep the name and values in step with it. */
const PREFS_COOKIE = 'lb_prefs';

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Private browsing modes may refuse storage; the preference then lasts for the visit only.
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // See readStored.
  }
}

/**
 * The language stored from an earlier visit; main.tsx loads its words before the first render. A
 * browser that refuses storage still sends the cookie, which then stands for the choice.
 */
export function storedLanguage(): Language {
  const stored = readStored(LANGUAGE_KEY);
  if (stored === null) return sentPrefsCookie().split('.').includes('en') ? 'en' : 'zh';
  return stored === 'en' ? 'en' : 'zh';
}

export function storedLargeText(): boolean {
  const stored = readStored(LARGE_TEXT_KEY);
  if (stored === null) return sentPrefsCookie().split('.').includes('large');
  return stored === 'on';
}

export function storeLanguage(language: Language): void {
  writeStored(LANGUAGE_KEY, language);
}

export function storeLargeText(on: boolean): void {
  writeStored(LARGE_TEXT_KEY, on ? 'on' : 'off');
}

/** `en`, `large`, `en.large`, or '' for Chinese at the usual size. */
export function prefsCookieValue(language: Language, largeText: boolean): string {
  return [language === 'en' ? 'en' : '', largeText ? 'large' : ''].filter(Boolean).join('.');
}

export function writePrefsCookie(language: Language, largeText: boolean): void {
  const value = prefsCookieValue(language, largeText);
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  const lifetime = value ? 'Max-Age=31536000' : 'Max-Age=0';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from the older phones families use
  document.cookie = `${PREFS_COOKIE}=${value}; Path=/; ${lifetime}; SameSite=Lax${secure}`;
}

/** What the browser now sends as `lb_prefs` ('' when it sends none): whether a write took. */
export function sentPrefsCookie(): string {
  // No document when the build prerenders a page (prerender.tsx): no choice, as for a first visit.
  if (typeof document === 'undefined') return '';
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === PREFS_COOKIE) return value.join('=');
  }
  return '';
}
