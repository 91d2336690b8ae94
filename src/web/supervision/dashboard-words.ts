/**
 * How supervision's figures are said: shares as percentages, numbers with their unit, channels,
 * time-limit statuses, names of regions, departments and matters in the chosen language, and the
 * addresses of the dashboard and its drill-down lists (the filters live in the address, so a view
 * can be bookmarked, shared and gone back to).
 */
import type { Region } from '../api.ts';
import { type Language, type MessageKey, pick, type Translate } from '../i18n.ts';
import { departmentName } from '../workflow-api.ts';
import type {
  DashboardFilter,
  SubCaseFilter,
  SupervisedStatus,
  SupervisionChannel,
  SupervisionDashboard,
} from './supervision-api.ts';
import { queryOf } from './supervision-api.ts';

export const CHANNEL_KEYS: Record<SupervisionChannel, MessageKey> = {
  online: 'dashChannelOnline',
  window: 'dashChannelWindow',
  proactive: 'dashChannelProactive',
};

export const STATUS_TITLES: Record<SupervisedStatus, MessageKey> = {
  overdue: 'subListTitleOverdue',
  'at-risk': 'subListTitleAtRisk',
  open: 'subListTitleOpen',
};

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'zh-CN').format(value);
}

/** 0.953 → "95.3%"; no share (nothing rated, nothing ended) → "—". */
export function formatShare(language: Language, share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** Working days with one decimal at most (a median of an even count may fall between two days). */
export function formatDays(language: Language, days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 1 }).format(
    days,
  );
}

/** Looks names up in what the dashboard and the region list say, falling back to the code. */
export interface Names {
  region(code: string): string;
  department(code: string | null): string;
  matter(code: string): string;
}

export function namesFor(
  language: Language,
  t: Translate,
  dashboard: Pick<SupervisionDashboard, 'departments' | 'matters' | 'children' | 'scope'> | undefined,
  regions: readonly Region[] | undefined,
): Names {
  return {
    region(code) {
      if (dashboard?.scope.regionCode === code)
        return pick(language, dashboard.scope.nameZh, dashboard.scope.nameEn);
      const child = dashboard?.children.find((c) => c.code === code);
      if (child) return pick(language, child.nameZh, child.nameEn);
      const region = regions?.find((r) => r.code === code);
      return region ? pick(language, region.nameZh, region.nameEn) : code;
    },
    department(code) {
      if (code === null) return t('ratingWholeService');
      const department = dashboard?.departments.find((d) => d.code === code);
      if (department) return pick(language, department.nameZh, department.nameEn);
      const known = departmentName(code);
      return pick(language, known.zh, known.en);
    },
    matter(code) {
      const matter = dashboard?.matters.find((m) => m.code === code);
      return matter ? pick(language, matter.nameZh, matter.nameEn) : code;
    },
  };
}

/** The regions from `mine` down to `code` (both included), by the region list's parents. */
export function regionPath(regions: readonly Region[] | undefined, mine: string, code: string): string[] {
  const path = [code];
  let current = code;
  for (let i = 0; i < 4 && current !== mine; i++) {
    const parent = regions?.find((r) => r.code === current)?.parentCode;
    if (!parent) return [code];
    path.unshift(parent);
    current = parent;
  }
  return current === mine ? path : [code];
}

export function dashboardPath(filter: DashboardFilter): string {
  return `/supervision${queryOf({ region: filter.region, from: filter.from, to: filter.to, department: filter.department })}`;
}

/** The drill-down list; the dashboard's period rides along so "back" returns to the same view. */
export function subCasesPath(
  filter: SubCaseFilter & { from?: string | undefined; to?: string | undefined },
): string {
  return `/supervision/sub-cases${queryOf({
    status: filter.status,
    region: filter.region,
    department: filter.department,
    matter: filter.matter,
    from: filter.from,
    to: filter.to,
  })}`;
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(value: string | null): string | undefined {
  return value && MONTH_PATTERN.test(value) ? value : undefined;
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}
