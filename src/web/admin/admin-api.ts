/**
 * The administrator's catalog endpoints: published versions, one version as YAML, the difference
 * between two versions, checking a new version and publishing it.
 */
import { request } from '../api.ts';

export interface CatalogVersion {
  version: string;
  digest: string;
  source: string;
  note: string | null;
  publishedAt: string;
  current: boolean;
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface EntryDiff {
  key: string;
  change: 'added' | 'removed' | 'changed';
  changes: FieldChange[];
}

export interface CatalogDiff {
  from: string;
  to: string;
  meta: FieldChange[];
  matters: EntryDiff[];
  materials: EntryDiff[];
  questions: EntryDiff[];
  profiles: EntryDiff[];
  unchanged: boolean;
}

export interface CatalogProblem {
  file: string;
  path: string;
  message: string;
}

export interface CheckResult {
  ok: boolean;
  problems: CatalogProblem[];
  diff: CatalogDiff | null;
}

const BASE = '/api/v1/admin/catalog';

export const adminApi = {
  versions: (signal?: AbortSignal) =>
    request<{ items: CatalogVersion[] }>('GET', `${BASE}/versions`, { signal }),
  exportVersion: (version: string, signal?: AbortSignal) =>
    request<{ version: string; yaml: string }>(
      'GET',
      `${BASE}/versions/${encodeURIComponent(version)}/export`,
      {
        signal,
      },
    ),
  diff: (from: string, to: string, signal?: AbortSignal) =>
    request<CatalogDiff>('GET', `${BASE}/diff?${new URLSearchParams({ from, to })}`, { signal }),
  check: (yaml: string, note?: string) =>
    request<CheckResult>('POST', `${BASE}/check`, { body: note ? { yaml, note } : { yaml } }),
  publish: (yaml: string, note?: string) =>
    request<CatalogVersion>('POST', `${BASE}/versions`, { body: note ? { yaml, note } : { yaml } }),
};

/** The problems the server attached to a CATALOG_INVALID refusal, if any. */
export function problemsOf(details: Record<string, unknown> | undefined): CatalogProblem[] {
  const problems = details?.problems;
  return Array.isArray(problems) ? (problems as CatalogProblem[]) : [];
}
