/**
 * State shared by every page: the UI language and large-text preference (kept as prefs.ts says, so
 * a family's choice survives a reload) and who is signed in (from GET /me).
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
import { storedLanguage, storedLargeText, storeLanguage, storeLargeText, writePrefsCookie } from './prefs.ts';

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

function sameMe(a: Me, b: Me): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const AppStateContext = createContext<AppState | null>(null);

/**
 * `knownSignedOut`: the page is being prerendered for a browser without a session (prerender.tsx;
 * the server sends a prerendered page only to such a browser), so it is drawn signed out rather
 * than loading. `knownMe`: the server is drawing a page for the person signed in (prerender.tsx,
 * the draft's first screen), whom it has read from GET /me.
 */
export function AppStateProvider({
  children,
  knownSignedOut = false,
  knownMe,
}: {
  children: ReactNode;
  knownSignedOut?: boolean;
  knownMe?: Me;
}) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [largeText, setLargeTextState] = useState<boolean>(storedLargeText);
  const [me, setMe] = useState<Me>(knownMe ?? { kind: 'anonymous' });
  const [sessionStatus, setSessionStatus] = useState<SessionStatus>(
    knownSignedOut || knownMe ? 'ready' : 'loading',
  );

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    // English words arrive on first use; the page switches once they are here.
    void loadLanguage(next).then(
      () => setLanguageState(next),
      () => setLanguageState(next),
    );
  }, []);

  const setLargeText = useCallback((on: boolean) => {
    setLargeTextState(on);
    storeLargeText(on);
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
