/**
 * State shared by every page: the UI language and large-text preference (both kept in
 * localStorage so a family's choice survives a reload) and who is signed in (from GET /me).
 *
 * The two preferences are also mirrored in the `lb_prefs` cookie (`en`, `large` or `en.large`;
 * absent when both are the defaults). It holds nothing personal: the server reads it only to know
 * that a page prerendered in Chinese at the usual size (docs/ARCHITECTURE.md, "Prerendered family
 * pages") is not what this browser shows, and sends the app's plain page instead.
 */
import {
  createContext,
  type ReactNode,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { ApiError, api, CLIENT_ERROR_CODES, isAbort, type Me } from './api.ts';
import { HTML_LANG, type Language, loadLanguage, type Translate, translator } from './i18n.ts';

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

/** `en`, `large`, `en.large`, or '' for Chinese at the usual size. */
export function prefsCookieValue(language: Language, largeText: boolean): string {
  return [language === 'en' ? 'en' : '', largeText ? 'large' : ''].filter(Boolean).join('.');
}

function writePrefsCookie(language: Language, largeText: boolean): void {
  const value = prefsCookieValue(language, largeText);
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  const lifetime = value ? 'Max-Age=31536000' : 'Max-Age=0';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from the older phones families use
  document.cookie = `${PREFS_COOKIE}=${value}; Path=/; ${lifetime}; SameSite=Lax${secure}`;
}

export type SessionStatus = 'loading' | 'ready' | 'unavailable';

export interface AppState {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  largeText: boolean;
  setLargeText(on: boolean): void;
  me: Me;
  sessionStatus: SessionStatus;
  setMe(me: Me): void;
  refreshMe(): Promise<void>;
  /** A user-facing sentence for any failure, preferring the server's own message. */
  describeError(error: unknown): string;
}

/** "label：what to do", unless the text names the field already. */
export function problemWithLabel(
  language: Language,
  p: { labelZh: string; labelEn: string; zh: string; en: string },
): string {
  const [label, text] = language === 'en' ? [p.labelEn, p.en] : [p.labelZh, p.zh];
  if (text.includes(label)) return text;
  return language === 'en' ? `${label}: ${text}` : `${label}：${text}`;
}

/** The language stored from an earlier visit; main.tsx loads its words before the first render. */
export function storedLanguage(): Language {
  return readStored(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function storedLargeText(): boolean {
  return readStored(LARGE_TEXT_KEY) === 'on';
}

function sameMe(a: Me, b: Me): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const AppStateContext = createContext<AppState | null>(null);

/**
 * `knownSignedOut`: the page was prerendered for a browser without a session (the server sends a
 * prerendered page only then), so it starts as signed out rather than loading, as the prerendered
 * markup does; GET /me still confirms it.
 */
export function AppStateProvider({
  children,
  knownSignedOut = false,
}: {
  children: ReactNode;
  knownSignedOut?: boolean;
}) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [largeText, setLargeTextState] = useState<boolean>(storedLargeText);
  const [me, setMe] = useState<Me>({ kind: 'anonymous' });
  const [sessionStatus, setSessionStatus] = useState<SessionStatus>(knownSignedOut ? 'ready' : 'loading');

  const setLanguage = useCallback((next: Language) => {
    writeStored(LANGUAGE_KEY, next);
    // English words arrive on first use; the page switches once they are here.
    void loadLanguage(next).then(
      () => setLanguageState(next),
      () => setLanguageState(next),
    );
  }, []);

  const setLargeText = useCallback((on: boolean) => {
    setLargeTextState(on);
    writeStored(LARGE_TEXT_KEY, on ? 'on' : 'off');
  }, []);

  const t = useMemo(() => translator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[language];
    document.title = `${t('productName')} · ${t('productTitle')}`;
  }, [language, t]);

  // Also when the page opens: a choice stored before the cookie existed reaches the server too.
  useEffect(() => writePrefsCookie(language, largeText), [language, largeText]);

  const loadMe = useCallback(async (signal?: AbortSignal) => {
    try {
      const next = await api.me(signal);
      // Confirming what the page already shows (a prerendered page's "nobody signed in") changes
      // nothing, so nothing is drawn again. Anything else redraws every page as a transition.
      startTransition(() => {
        setMe((current) => (sameMe(current, next) ? current : next));
        setSessionStatus('ready');
      });
    } catch (error) {
      if (isAbort(error)) return;
      // Without the server nobody can be signed in; pages still render and say so where it matters.
      startTransition(() => {
        setMe((current) => (current.kind === 'anonymous' ? current : { kind: 'anonymous' }));
        setSessionStatus(error instanceof ApiError && error.status === 401 ? 'ready' : 'unavailable');
      });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void loadMe(controller.signal);
    return () => controller.abort();
  }, [loadMe]);

  const describeError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        if (error.code === CLIENT_ERROR_CODES.network) return t('networkError');
        const general = error.localMessage(language) ?? t('unexpectedError');
        // Say what to do about each field, named by its label (never by the key a program uses).
        const named = [...new Set(error.fields.map((p) => problemWithLabel(language, p)))];
        return named.length > 0 ? named.join(language === 'en' ? '; ' : '；') : general;
      }
      return t('unexpectedError');
    },
    [language, t],
  );

  const value = useMemo<AppState>(
    () => ({
      language,
      setLanguage,
      t,
      largeText,
      setLargeText,
      me,
      sessionStatus,
      setMe: (next: Me) => {
        setMe(next);
        setSessionStatus('ready');
      },
      refreshMe: () => loadMe(),
      describeError,
    }),
    [language, setLanguage, t, largeText, setLargeText, me, sessionStatus, loadMe, describeError],
  );

  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState must be used inside AppStateProvider');
  return state;
}
