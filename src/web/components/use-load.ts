/**
 * Loads data for a page and reloads it on demand, dropping answers to requests that were
 * superseded (a quick refresh, a filter change, leaving the page).
 *
 * What arrives is drawn as a transition: React draws a long page in slices of a few milliseconds,
 * so a slow phone stays responsive to taps while it does.
 *
 * When the server draws a page (prerender.tsx) it has fetched the page's data already and hands it
 * over in PreloadedData, by the same keys; the page is then drawn with it, as loaded.
 */
import { createContext, startTransition, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { isAbort } from '../api.ts';

/** Data already loaded, by useLoad's key: given only where the server draws a page. */
export const PreloadedData = createContext<ReadonlyMap<string, unknown>>(new Map());

/**
 * True where the server draws a page that the app will not take over: the page is worked by its
 * own small script (static-page.ts), so what the app would draw only on demand is drawn, hidden.
 */
export const DrawnByServer = createContext(false);

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** When the data last arrived, for "updated at" notes. */
  loadedAt: Date | undefined;
  reload(): void;
}

/**
 * `key` names what is being loaded (a case code, a filter); a new key loads again, and a null key
 * loads nothing (for example while the user is not signed in).
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const preloaded = useContext(PreloadedData);
  const [data, setData] = useState<T | undefined>(() =>
    key === null ? undefined : (preloaded.get(key) as T | undefined),
  );
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(key !== null && !preloaded.has(key));
  const [loadedAt, setLoadedAt] = useState<Date | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and generation are the triggers; the loader is read through a ref
  useEffect(() => {
    const current = loadRef.current;
    if (key === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        startTransition(() => {
          setData(value);
          setLoadedAt(new Date());
          setLoading(false);
        });
      },
      (caught: unknown) => {
        if (controller.signal.aborted || isAbort(caught)) return;
        startTransition(() => {
          setError(caught);
          setLoading(false);
        });
      },
    );
    return () => controller.abort();
  }, [generation, key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, loadedAt, reload };
}
