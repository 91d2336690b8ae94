/**
 * The administrator's catalog endpoints: published versions, one version as YAML, the difference
 * between two versions, checking a new version and publishing it.
 */
import { client, ok, type Schemas } from '../api/client.ts';

export type CatalogVersion = Schemas['CatalogVersionSummary'];
export type FieldChange = Schemas['CatalogChange'];
export type EntryDiff = Schemas['CatalogDiffEntry'];
export type CatalogDiff = Schemas['CatalogDiff'];
export type CatalogProblem = Schemas['CatalogProblem'];
export type CheckResult = Schemas['CatalogCheckResult'];

const submission = (yaml: string, note?: string): Schemas['CatalogSubmission'] =>
  note ? { yaml, note } : { yaml };

export const adminApi = {
  versions: (signal?: AbortSignal) => ok(client.GET('/api/v1/admin/catalog/versions', { signal })),
  exportVersion: (version: string, signal?: AbortSignal) =>
    ok(
      client.GET('/api/v1/admin/catalog/versions/{version}/export', {
        params: { path: { version } },
        signal,
      }),
    ),
  diff: (from: string, to: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/admin/catalog/diff', { params: { query: { from, to } }, signal })),
  check: (yaml: string, note?: string) =>
    ok(client.POST('/api/v1/admin/catalog/check', { body: submission(yaml, note) })),
  publish: (yaml: string, note?: string) =>
    ok(client.POST('/api/v1/admin/catalog/versions', { body: submission(yaml, note) })),
};

/** The problems the server attached to a CATALOG_INVALID refusal, if any. */
export function problemsOf(details: Record<string, unknown> | undefined): CatalogProblem[] {
  const problems = details?.problems;
  return Array.isArray(problems) ? (problems as CatalogProblem[]) : [];
}
