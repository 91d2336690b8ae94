/**
 * Supervision's dashboard, drill-down and case view, and the addresses of its downloads (the Excel
 * exports and the monthly report, served as files to a plain same-origin GET with the session
 * cookie). The figures are read for one region within the supervisor's scope and one period of
 * months; the drill-down lists open sub-cases a page at a time (keyset cursor).
 */
import { client, ok, type Schemas } from '../api/client.ts';

export type SupervisionDashboard = Schemas['SupervisionDashboard'];
export type SupervisedSubCaseList = Schemas['SupervisedSubCaseList'];
export type SupervisedSubCase = SupervisedSubCaseList['items'][number];
export type SupervisedCase = Schemas['SupervisedCase'];
export type SupervisionChannel = Schemas['SupervisionChannel'];

export const SUPERVISED_STATUSES = ['overdue', 'at-risk', 'open'] as const;
export type SupervisedStatus = (typeof SUPERVISED_STATUSES)[number];

/** What the dashboard is asked for; every part may be left to the server's default. */
export interface DashboardFilter {
  region?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  department?: string | undefined;
}

export interface SubCaseFilter {
  status: SupervisedStatus;
  region?: string | undefined;
  department?: string | undefined;
  matter?: string | undefined;
}

/** A query string of the parts that are set, in a stable order. */
export function queryOf(parts: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parts)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const dashboardApi = {
  dashboard: (filter: DashboardFilter, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/supervision/dashboard', { params: { query: filter }, signal })),
  subCases: (filter: SubCaseFilter, page: { cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    ok(
      client.GET('/api/v1/supervision/sub-cases', {
        params: { query: { ...filter, cursor: page.cursor ?? undefined, limit: page.limit } },
        signal,
      }),
    ),
  supervisedCase: (code: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/supervision/cases/{code}', { params: { path: { code } }, signal })),
};

export type ExportView = 'dashboard' | 'sub-cases' | 'follow-ups' | 'time-limits';

/** The Excel export of one view, with the same filters as on screen. */
export function exportUrl(
  view: ExportView,
  filter: DashboardFilter & Partial<Omit<SubCaseFilter, 'status'>> & { status?: SupervisedStatus },
): string {
  return `/api/v1/supervision/export${queryOf({
    view,
    region: filter.region,
    from: filter.from,
    to: filter.to,
    department: filter.department,
    status: filter.status,
    matter: filter.matter,
  })}`;
}

/** The printable monthly report of a region, as PDF or as a workbook. */
export function monthlyReportUrl(region: string | undefined, month: string, format: 'pdf' | 'xlsx'): string {
  return `/api/v1/supervision/reports/monthly${queryOf({ region, month, format })}`;
}

/** Every region, named (the breadcrumb and the drill-down lists name regions at any level). */
export function allRegions(signal?: AbortSignal) {
  return ok(client.GET('/api/v1/regions', { signal })).then((body) => body.items);
}
