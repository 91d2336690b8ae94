/**
 * One draft held in the browser while it is filled in, by the family on a phone or by a clerk at
 * the window: what the inputs show, autosave (a short pause after typing, and at once when a
 * field is left), flags on certified values, material uploads and submission.
 *
 * Every write goes through one queue, so saves, uploads and the submission never overtake each
 * other. A save that finds the draft changed elsewhere (409, another device) reloads it and
 * applies the typed values again; a value the server refuses to store (a certified one) is put
 * back and its reason kept for the field. The Idempotency-Key of a submission is kept per draft
 * (in this tab) until it succeeds, so a retry after a lost answer finds the same case.
 */
import { startTransition, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { PreloadedData } from '../components/use-load.ts';
import {
  type DraftProblem,
  type DraftView,
  draftApi,
  draftDataKey,
  draftFields,
  newIdempotencyKey,
  type SubmittedCase,
} from './draft-api.ts';

/** idle: nothing typed yet; pending: typed, waiting for the pause; offline: will try again. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'offline';

export interface DraftController {
  draft: DraftView | undefined;
  loadError: unknown;
  reload(): Promise<DraftView | undefined>;
  /** Takes in changes made elsewhere (another device) when nothing typed here is unsaved. */
  refresh(): void;
  /** What the input for `key` shows: the text being typed, else the saved value. */
  shownValue(key: string): string;
  /** Typed but not saved yet: the server's problems for the field may be out of date. */
  isDirty(key: string): boolean;
  setValue(key: string, value: string): void;
  /** The field was left: save now, and show the saved value (trimmed) from then on. */
  commit(key: string): void;
  /** Saves everything typed so far; rejects when it cannot be saved. */
  flush(): Promise<DraftView>;
  /** Says a certified value is wrong (an empty note withdraws it). */
  flag(key: string, note: string): Promise<void>;
  upload(materialCode: string, file: File): Promise<void>;
  removeItem(itemId: string): Promise<void>;
  submit(consent: { accepted: boolean; assisted?: boolean }): Promise<SubmittedCase>;
  saveState: SaveState;
  /** Values the server refused to store, with its reason, by field. */
  refused: DraftProblem[];
}

const AUTOSAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5000;

function submitKeyName(draftId: string): string {
  return `lianban.submitKey.${draftId}`;
}

function submitKey(draftId: string): string {
  try {
    const kept = window.sessionStorage.getItem(submitKeyName(draftId));
    if (kept) return kept;
    const key = newIdempotencyKey();
    window.sessionStorage.setItem(submitKeyName(draftId), key);
    return key;
  } catch {
    return newIdempotencyKey();
  }
}

function forgetSubmitKey(draftId: string): void {
  try {
    window.sessionStorage.removeItem(submitKeyName(draftId));
  } catch {
    // Storage refused: nothing was kept.
  }
}

function isEmpty(record: Record<string, string>): boolean {
  return Object.keys(record).length === 0;
}

export function useDraft(draftId: string): DraftController {
  // Given only where the server draws the draft's first screen; the browser always reads it.
  const preloaded = useContext(PreloadedData).get(draftDataKey(draftId)) as DraftView | undefined;
  const [draft, setDraft] = useState<DraftView | undefined>(preloaded);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [refused, setRefused] = useState<DraftProblem[]>([]);
  const [, setTick] = useState(0);
  const draftRef = useRef<DraftView | undefined>(preloaded);
  /** What each edited input shows. */
  const localRef = useRef<Record<string, string>>({});
  /** Values typed and not yet saved. */
  const pendingRef = useRef<Record<string, string>>({});
  const flagsRef = useRef<Record<string, string>>({});
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const rerender = useCallback(() => setTick((n) => n + 1), []);

  /** Keeps the newer of two views (an upload does not move the version, a save does). */
  const accept = useCallback((next: DraftView, force = false) => {
    const current = draftRef.current;
    if (!force && current && next.version < current.version) return;
    draftRef.current = next;
    setDraft(next);
  }, []);

  const fetchDraft = useCallback(async () => {
    try {
      const next = await draftApi.get(draftId);
      // The whole form is drawn from this: as a transition, in slices a slow phone can interleave
      // with taps (main.tsx).
      startTransition(() => {
        accept(next, true);
        setLoadError(null);
      });
      return next;
    } catch (error) {
      setLoadError(error);
      throw error;
    }
  }, [draftId, accept]);

  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = queueRef.current.catch(() => undefined).then(task);
    queueRef.current = run;
    return run;
  }, []);

  /** Saves until nothing typed is left unsaved. Runs inside the queue. */
  const saveAll = useCallback(async (): Promise<DraftView> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = draftRef.current ?? (await fetchDraft());
      const values = { ...pendingRef.current };
      const flags = { ...flagsRef.current };
      if (isEmpty(values) && isEmpty(flags)) return current;
      setSaveState('saving');
      try {
        const next = await draftApi.save(draftId, {
          version: current.version,
          ...(isEmpty(values) ? {} : { values }),
          ...(isEmpty(flags) ? {} : { flags }),
        });
        for (const [key, value] of Object.entries(values)) {
          if (pendingRef.current[key] === value) delete pendingRef.current[key];
        }
        for (const [key, note] of Object.entries(flags)) {
          if (flagsRef.current[key] === note) delete flagsRef.current[key];
        }
        accept(next);
        setRefused((all) => all.filter((p) => !(p.field in values)));
        const more = !isEmpty(pendingRef.current) || !isEmpty(flagsRef.current);
        setSaveState(more ? 'pending' : 'saved');
        rerender();
        if (!more) return next;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          // Changed elsewhere (another device, another tab): take that and apply ours again.
          await fetchDraft();
          continue;
        }
        if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
          // Refused values (certified ones) go back to what the server holds; the rest is retried.
          const fields = error.fields;
          for (const problem of fields) {
            delete pendingRef.current[problem.field];
            delete localRef.current[problem.field];
            delete flagsRef.current[problem.field];
          }
          setRefused((all) => [...all.filter((p) => !fields.some((f) => f.field === p.field)), ...fields]);
          rerender();
          continue;
        }
        if (error instanceof ApiError && (error.status === 404 || error.status === 410)) {
          setLoadError(error);
        }
        setSaveState('offline');
        throw error;
      }
    }
    throw new ApiError(409);
  }, [draftId, accept, fetchDraft, rerender]);

  const flush = useCallback((): Promise<DraftView> => {
    clearTimeout(timerRef.current);
    return enqueue(saveAll);
  }, [enqueue, saveAll]);

  const refresh = useCallback(() => {
    enqueue(async () => {
      if (isEmpty(pendingRef.current) && isEmpty(flagsRef.current)) await fetchDraft();
    }).catch(() => undefined);
  }, [enqueue, fetchDraft]);

  /** The pause after typing, or a retry after a failure; failures are shown, not thrown. */
  const schedule = useCallback(
    (delay: number) => {
      clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => {
        flush().catch((error: unknown) => {
          if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500)
            schedule(RETRY_DELAY_MS);
        });
      }, delay);
    },
    [flush],
  );

  useEffect(() => {
    draftRef.current = undefined;
    localRef.current = {};
    pendingRef.current = {};
    flagsRef.current = {};
    setDraft(undefined);
    setSaveState('idle');
    setRefused([]);
    fetchDraft().catch(() => undefined);
    // Leaving the page (or putting the phone away) saves what was typed; coming back takes in
    // what was changed meanwhile on another device.
    const onHide = () => {
      if (document.visibilityState === 'hidden') {
        if (!isEmpty(pendingRef.current)) flush().catch(() => undefined);
      } else {
        refresh();
      }
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      if (!isEmpty(pendingRef.current) || !isEmpty(flagsRef.current)) flush().catch(() => undefined);
      clearTimeout(timerRef.current);
    };
  }, [fetchDraft, flush, refresh]);

  const serverValue = useCallback((key: string): string => {
    const current = draftRef.current;
    return current ? (draftFields(current).find((f) => f.key === key)?.value ?? '') : '';
  }, []);

  const shownValue = useCallback(
    (key: string) => (key in localRef.current ? (localRef.current[key] as string) : serverValue(key)),
    [serverValue],
  );

  const isDirty = useCallback((key: string) => key in pendingRef.current, []);

  const setValue = useCallback(
    (key: string, value: string) => {
      localRef.current[key] = value;
      pendingRef.current[key] = value;
      setSaveState('pending');
      rerender();
      schedule(AUTOSAVE_DELAY_MS);
    },
    [rerender, schedule],
  );

  const commit = useCallback(
    (key: string) => {
      if (!(key in pendingRef.current)) {
        delete localRef.current[key];
        rerender();
        return;
      }
      flush()
        .then(() => {
          if (!(key in pendingRef.current)) delete localRef.current[key];
          rerender();
        })
        .catch(() => schedule(RETRY_DELAY_MS));
    },
    [flush, rerender, schedule],
  );

  const flag = useCallback(
    async (key: string, note: string) => {
      flagsRef.current[key] = note;
      await flush();
    },
    [flush],
  );

  const upload = useCallback(
    (materialCode: string, file: File) =>
      enqueue(async () => {
        accept(await draftApi.upload(draftId, materialCode, file));
      }),
    [draftId, enqueue, accept],
  );

  const removeItem = useCallback(
    (itemId: string) =>
      enqueue(async () => {
        accept(await draftApi.removeItem(draftId, itemId));
      }),
    [draftId, enqueue, accept],
  );

  const submit = useCallback(
    async (consent: { accepted: boolean; assisted?: boolean }) => {
      await flush();
      return enqueue(async () => {
        const key = submitKey(draftId);
        const bodyFor = (view: DraftView) => ({
          version: view.version,
          declaration: { version: view.consent.version, accepted: consent.accepted },
          ...(consent.assisted === undefined ? {} : { assistedConsent: consent.assisted }),
        });
        const latest = draftRef.current ?? (await fetchDraft());
        let result: SubmittedCase;
        try {
          result = await draftApi.submit(draftId, bodyFor(latest), key);
        } catch (error) {
          if (!(error instanceof ApiError) || error.status !== 409) throw error;
          result = await draftApi.submit(draftId, bodyFor(await fetchDraft()), key);
        }
        forgetSubmitKey(draftId);
        return result;
      });
    },
    [draftId, enqueue, flush, fetchDraft],
  );

  return {
    draft,
    loadError,
    reload: () => fetchDraft().catch(() => undefined),
    refresh,
    shownValue,
    isDirty,
    setValue,
    commit,
    flush,
    flag,
    upload,
    removeItem,
    submit,
    saveState,
    refused,
  };
}
