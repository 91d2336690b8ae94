/**
 * Every string the web front end shows, in Chinese (the default) and English. Pages look strings
 * up by key through `useAppState().t`; names coming from the server (regions, matters, roles)
 * arrive already in both languages and are picked with `pick`. The words themselves live in
 * i18n/: those of the family's pages and those only staff pages use.
 */
import { type FamilyMessageKey, familyZh } from './i18n/family-zh.ts';
import type { StaffMessageKey } from './i18n/staff.ts';

export type Language = 'zh' | 'en';

export type MessageKey = FamilyMessageKey | StaffMessageKey;

/**
 * The words loaded so far. The Chinese words of the family's pages come with the app; English
 * (loadLanguage) and the staff pages' words (loadStaffMessages) are fetched when first needed,
 * so a family on a phone downloads neither.
 */
const DICTIONARIES: Record<Language, Partial<Record<MessageKey, string>>> = { zh: { ...familyZh }, en: {} };

let englishLoaded: Promise<void> | undefined;
let staffLoaded: Promise<void> | undefined;

/** Resolves once every family page's words are there in `language`. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh') return Promise.resolve();
  englishLoaded ??= import('./i18n/family-en.ts').then(
    ({ familyEn }) => {
      Object.assign(DICTIONARIES.en, familyEn);
    },
    (error: unknown) => {
      englishLoaded = undefined; // try again next time
      throw error;
    },
  );
  return englishLoaded;
}

/** Resolves once the staff pages' words are there, in both languages. */
export function loadStaffMessages(): Promise<void> {
  staffLoaded ??= import('./i18n/staff.ts').then(
    ({ staffZh, staffEn }) => {
      Object.assign(DICTIONARIES.zh, staffZh);
      Object.assign(DICTIONARIES.en, staffEn);
    },
    (error: unknown) => {
      staffLoaded = undefined; // try again next time
      throw error;
    },
  );
  return staffLoaded;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, values) => {
    // The key itself only if its words were never loaded (a bug; the i18n unit test guards it).
    const text = dictionary[key] ?? DICTIONARIES.zh[key] ?? key;
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** Picks the server-provided name for the current language. */
export function pick(language: Language, zhText: string, enText: string | null | undefined): string {
  return language === 'en' && enText ? enText : zhText;
}

/** Dates and times in the user's language, in China's time zone (where every case is handled). */
export function formatDateTime(language: Language, iso: string | null | undefined): string {
  if (!iso) return DICTIONARIES[language].notSet ?? familyZh.notSet;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(language).format(date);
}

// One formatter per language, made on first use: making one for a time zone is slow.
const DATE_TIME_FORMATS = new Map<Language, Intl.DateTimeFormat>();

function dateTimeFormat(language: Language): Intl.DateTimeFormat {
  let format = DATE_TIME_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    DATE_TIME_FORMATS.set(language, format);
  }
  return format;
}

export const HTML_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en' };
