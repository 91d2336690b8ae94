/**
 * State shared by every page: the UI language and large-text preference (both kept in
 * localStorage so a family's choice survives a reload) and who is signed in (from GET /me).
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, CLIENT_ERROR_CODES, isAbort, type Me } from './api.ts';
import { HTML_LANG, type Language, loadLanguage, type Translate, translator } from './i18n.ts';

const LANGUAGE_KEY = 'lianban.language';
const LARGE_TEXT_KEY = 'lianban.largeText';

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

const AppStateContext = createContext<AppState | null>(null);

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [largeText, setLargeTextState] = useState<boolean>(() => readStored(LARGE_TEXT_KEY) === 'on');
  const [me, setMe] = useState<Me>({ kind: 'anonymous' });
  const [sessionStatus, setSessionStatus] = useState<SessionStatus>('loading');

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

  const loadMe = useCallback(async (signal?: AbortSignal) => {
    try {
      setMe(await api.me(signal));
      setSessionStatus('ready');
    } catch (error) {
      if (isAbort(error)) return;
      // Without the server nobody can be signed in; pages still render and say so where it matters.
      setMe({ kind: 'anonymous' });
      setSessionStatus(error instanceof ApiError && error.status === 401 ? 'ready' : 'unavailable');
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
