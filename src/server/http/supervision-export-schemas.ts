/**
 * Supervision's downloads: the Excel exports of the dashboard and its lists, and the monthly
 * report — their query strings. The answers are files (see the routes' `produces`).
 */
import { z } from 'zod';
import { DashboardQuery, SUPERVISED_STATUSES, SupervisedSubCaseQuery } from './supervision-schemas.ts';

export const EXPORT_VIEWS = ['dashboard', 'sub-cases', 'follow-ups', 'time-limits'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export const SupervisionExportQuery = z.object({
  view: z
    .enum(EXPORT_VIEWS)
    .describe(
      'What to export: `dashboard` (every figure, one sheet each); `sub-cases` (the drill-down list of open sub-cases, every page); `follow-ups` (the follow-ups of poor ratings); `time-limits` (sub-cases due soon or overdue)',
    ),
  region: DashboardQuery.shape.region,
  from: DashboardQuery.shape.from.describe(
    'First month of the period (dashboard only; default: eleven months before `to`)',
  ),
  to: DashboardQuery.shape.to.describe('Last month of the period (dashboard only; default: this month)'),
  department: DashboardQuery.shape.department,
  status: z
    .enum(SUPERVISED_STATUSES)
    .optional()
    .describe(
      'sub-cases: which open sub-cases (default `overdue`); time-limits: `overdue` only the overdue, `at-risk` only those due soon (default: both)',
    ),
  matter: SupervisedSubCaseQuery.shape.matter.describe('Only this matter (sub-cases and time-limits)'),
});

export const MONTHLY_REPORT_FORMATS = ['pdf', 'xlsx'] as const;

export const MonthlyReportQuery = z.object({
  region: DashboardQuery.shape.region,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .describe('The month reported on, YYYY-MM (default: last month)'),
  format: z.enum(MONTHLY_REPORT_FORMATS).default('pdf').describe('`pdf` (A4, printable) or `xlsx`'),
});
