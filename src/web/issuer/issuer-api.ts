/**
 * The death registry's calls for issuers (hospitals, clinics, police stations, funeral homes,
 * village committees): issue and correct a report, list and open the institution's own reports,
 * and the clinic's queue of deaths at home reported by families. Types are the server's OpenAPI
 * schemas; every call goes through the typed client.
 */
import { client, ok, type Schemas } from '../api/client.ts';

export type DeathReportContent = Schemas['DeathReportContent'];
export type DeathReportKind = Schemas['DeathReportKind'];
export type IssuedDeathReport = Schemas['IssuedDeathReport'];
export type DeathReportRow = Schemas['DeathReportList']['items'][number];
export type DeathReportDetail = Schemas['DeathReportDetail'];
export type RegistryState = Schemas['DeathRegistryState'];
export type HomeDeathItem = Schemas['HomeDeathQueue']['items'][number];

export const issuerApi = {
  issue: (content: DeathReportContent) => ok(client.POST('/api/v1/death-reports', { body: content })),
  list: (signal?: AbortSignal) => ok(client.GET('/api/v1/death-reports', { signal })),
  get: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/death-reports/{id}', { params: { path: { id } }, signal })),
  correct: (id: string, content: DeathReportContent, reason: string) =>
    ok(
      client.POST('/api/v1/death-reports/{id}/corrections', {
        params: { path: { id } },
        body: { content, reason },
      }),
    ),
  homeDeaths: (signal?: AbortSignal) => ok(client.GET('/api/v1/home-death-reports', { signal })),
};

/** The address a QR code on an e-certificate points to: the public check of that version. */
export function verifyUrl(token: string): string {
  return `${window.location.origin}/verify/death/${encodeURIComponent(token)}`;
}
