/**
 * Supervision's downloads: any figure or list of the dashboard as an Excel workbook, and the
 * monthly report (PDF or Excel) a civil affairs department sends upward. Held to the caller's
 * scope by the dashboard's own rule (`resolveScope`: a region outside it is refused there), with
 * the family's details masked; every download is audited with what was asked for.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { compactDate } from '../../../domain/clock.ts';
import { regionCovers } from '../../../domain/regions.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import * as clock from '../../clock.ts';
import type { AppContext } from '../../context.ts';
import { authorizeStaff } from '../../identity/authorize.ts';
import { actorOf, type StaffPrincipal } from '../../identity/principal.ts';
import { listFollowUps, listTimeLimitWatch } from '../../queries/supervision.ts';
import { listSupervisedSubCases, readDashboard, resolveScope } from '../../supervision/dashboard.ts';
import {
  dashboardWorkbook,
  followUpIdsInScope,
  followUpListWorkbook,
  LIMIT_STATUS_LABELS,
  loadNameBook,
  MAX_EXPORT_ROWS,
  type SupervisedSubCaseRow,
  subCaseListWorkbook,
  timeLimitListWorkbook,
  XLSX_MEDIA_TYPE,
} from '../../supervision/export-workbook.ts';
import {
  monthlyReportFileNames,
  monthlyReportWorkbook,
  readMonthlyReport,
  renderMonthlyReportPdf,
} from '../../supervision/monthly-report.ts';
import { onReadDatabase } from '../../supervision/read-database.ts';
import { SIGNED_IN } from '../openapi.ts';
import { MonthlyReportQuery, SupervisionExportQuery } from '../supervision-export-schemas.ts';

type ExportQuery = z.infer<typeof SupervisionExportQuery>;

/** Rows per page while reading the whole drill-down list for an export. */
const EXPORT_PAGE = 1000;

/** RFC 8187 / 6266: the ASCII name for every client, and the UTF-8 name for those that read it. */
export function attachmentDisposition(ascii: string, utf8: string): string {
  const encoded = encodeURIComponent(utf8).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

function sendAttachment(
  reply: FastifyReply,
  mediaType: string,
  content: Buffer,
  names: { ascii: string; utf8: string },
) {
  return reply
    .header('content-type', mediaType)
    .header('cache-control', 'private, no-store')
    .header('content-disposition', attachmentDisposition(names.ascii, names.utf8))
    .send(content);
}

/** The filters as asked, for the audit record (nothing personal in them). */
function askedFilters(query: ExportQuery) {
  return Object.fromEntries(
    Object.entries({
      region: query.region,
      from: query.from,
      to: query.to,
      department: query.department,
      status: query.status,
      matter: query.matter,
    }).filter(([, value]) => value !== undefined),
  );
}

async function buildExport(
  context: AppContext,
  staff: StaffPrincipal,
  query: ExportQuery,
): Promise<{ content: Buffer; ascii: string; utf8: string; regionCode: string; rows: number | null }> {
  const book = await loadNameBook(context);
  const today = clock.today();
  const stamp = compactDate(today);

  if (query.view === 'dashboard') {
    const dashboard = await readDashboard(context, staff, {
      region: query.region,
      from: query.from,
      to: query.to,
      department: query.department,
    });
    const { from, to } = dashboard.period;
    const department = dashboard.scope.departmentCode ? `-${dashboard.scope.departmentCode}` : '';
    return {
      content: await dashboardWorkbook(dashboard, book),
      ascii: `supervision-dashboard-${dashboard.scope.regionCode}${department}-${from}-${to}.xlsx`,
      utf8: `${dashboard.scope.nameZh}联办监管数据（${from === to ? from : `${from}至${to}`}）.xlsx`,
      regionCode: dashboard.scope.regionCode,
      rows: null,
    };
  }

  const scope = await resolveScope(context, staff, { region: query.region, department: query.department });
  const regionCode = scope.region.code;
  const heading = { regionCode, departmentCode: scope.departmentCode ?? undefined, readAt: clock.now() };
  const department = scope.departmentCode ? `-${scope.departmentCode}` : '';

  if (query.view === 'sub-cases') {
    const status = query.status ?? 'overdue';
    const rows: SupervisedSubCaseRow[] = [];
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await listSupervisedSubCases(context, staff, {
        status,
        region: regionCode,
        department: scope.departmentCode ?? undefined,
        matter: query.matter,
        cursor,
        limit: Math.min(EXPORT_PAGE, MAX_EXPORT_ROWS - rows.length),
      });
      rows.push(...page.items);
      total = Math.max(total, page.total);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < MAX_EXPORT_ROWS);
    const truncated = cursor !== undefined;
    const label = LIMIT_STATUS_LABELS[status]?.zh ?? status;
    return {
      content: await subCaseListWorkbook(
        rows,
        { ...heading, truncatedOf: truncated ? Math.max(total, rows.length) : undefined },
        book,
        status,
      ),
      ascii: `supervision-sub-cases-${status}-${regionCode}${department}-${stamp}.xlsx`,
      utf8: `${scope.region.nameZh}${label}子件清单（${today}）.xlsx`,
      regionCode,
      rows: rows.length,
    };
  }

  const inScope = (row: { regionCode: string; departmentCode: string | null }) =>
    regionCovers(regionCode, row.regionCode) &&
    (!scope.departmentCode || row.departmentCode === scope.departmentCode);

  if (query.view === 'time-limits') {
    const wanted =
      query.status === 'overdue'
        ? ['overdue']
        : query.status === 'at-risk'
          ? ['due-soon']
          : ['overdue', 'due-soon'];
    const rows = (await listTimeLimitWatch(context, staff)).filter(
      (row) =>
        inScope(row) && wanted.includes(row.status) && (!query.matter || row.matterCode === query.matter),
    );
    return {
      content: await timeLimitListWorkbook(rows, heading, book),
      ascii: `supervision-time-limits-${regionCode}${department}-${stamp}.xlsx`,
      utf8: `${scope.region.nameZh}时限预警清单（${today}）.xlsx`,
      regionCode,
      rows: rows.length,
    };
  }

  // Follow-ups: the list carries neither region nor department, so they are read from the
  // follow-up register itself and matched by id.
  const ids = await followUpIdsInScope(context, { regionCode, departmentCode: scope.departmentCode });
  const rows = (await listFollowUps(context, staff))
    .filter((row) => ids.has(row.id))
    .slice(0, MAX_EXPORT_ROWS);
  return {
    content: await followUpListWorkbook(rows, heading, book),
    ascii: `supervision-follow-ups-${regionCode}${department}-${stamp}.xlsx`,
    utf8: `${scope.region.nameZh}差评回访整改清单（${today}）.xlsx`,
    regionCode,
    rows: rows.length,
  };
}

export async function supervisionExportRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/supervision/export',
    {
      schema: {
        operationId: 'exportSupervision',
        tags: ['supervision'],
        summary: 'A figure or list of supervision as an Excel workbook (.xlsx), with personal data masked',
        description:
          'The same figures and lists, and the same scope, as the dashboard and its lists: a region outside your scope is refused. ' +
          'Each sheet has a title row naming the region, the period and when the figures were read, and one frozen header row (Chinese above English). ' +
          'Names and phone numbers appear masked only. The list of sub-cases is read page by page, up to 50 000 rows. ' +
          'Sent as an attachment: `Content-Disposition: attachment; filename="…"; filename*=UTF-8\'\'…`. The download is audited.',
        security: SIGNED_IN,
        querystring: SupervisionExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        responseDescriptions: { 200: 'The workbook, as an attachment' },
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'supervision.read');
      const query = request.query;
      const built = await onReadDatabase(context, () => buildExport(context, staff, query), request.log);
      await appendAudit(context.database.db, context.keys, {
        actor: actorOf(staff),
        action: 'supervision.exported',
        objectType: 'supervision',
        objectId: built.regionCode,
        details: { view: query.view, filters: askedFilters(query), rows: built.rows, masked: true },
      });
      return sendAttachment(reply, XLSX_MEDIA_TYPE, built.content, built);
    },
  );

  routes.get(
    '/api/v1/supervision/reports/monthly',
    {
      schema: {
        operationId: 'getMonthlyReport',
        tags: ['supervision'],
        summary: 'The monthly report of a region (工作月报), as PDF (A4, printable) or Excel',
        description:
          'For a region within your scope and one month (default: last month): the reporting unit and date, the key figures (received, completed, on-time share, overdue now, median handling time, satisfaction, follow-ups opened and closed, savings), a summary, and a table per subordinate region and per department. ' +
          'Sent as an attachment: `Content-Disposition: attachment; filename="…"; filename*=UTF-8\'\'…`. The download is audited.',
        security: SIGNED_IN,
        querystring: MonthlyReportQuery,
        produces: ['application/pdf', XLSX_MEDIA_TYPE],
        responseDescriptions: { 200: 'The report in the format asked for, as an attachment' },
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'supervision.read');
      const { region, month, format } = request.query;
      const book = await loadNameBook(context);
      const { report } = await onReadDatabase(
        context,
        () => readMonthlyReport(context, staff, { region, month }, book),
        request.log,
      );
      const content =
        format === 'pdf' ? await renderMonthlyReportPdf(report) : await monthlyReportWorkbook(report);
      await appendAudit(context.database.db, context.keys, {
        actor: actorOf(staff),
        action: 'supervision.report_downloaded',
        objectType: 'supervision',
        objectId: report.regionCode,
        details: {
          report: 'monthly',
          region: report.regionCode,
          department: report.departmentCode,
          month: report.month,
          format,
        },
      });
      return sendAttachment(
        reply,
        format === 'pdf' ? 'application/pdf' : XLSX_MEDIA_TYPE,
        content,
        monthlyReportFileNames(report, format),
      );
    },
  );
}
