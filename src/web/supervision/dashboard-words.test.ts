import { beforeAll, describe, expect, it } from 'vitest';
import type { Region } from '../api.ts';
import { loadStaffMessages, translator } from '../i18n.ts';
import { limitsOption, trendOption } from './dashboard-options.ts';
import {
  dashboardPath,
  formatDays,
  formatShare,
  previousMonth,
  regionPath,
  subCasesPath,
} from './dashboard-words.ts';
import type { SupervisionDashboard } from './supervision-api.ts';

const region = (code: string, parentCode: string | null): Region => ({
  code,
  nameZh: code,
  nameEn: code,
  level: 'county',
  parentCode,
  parentNameZh: null,
  parentNameEn: null,
  funeralMode: null,
  pilot: false,
});

const REGIONS = [region('530000', null), region('530100', '530000'), region('530102', '530100')];

describe('supervision dashboard words', () => {
  it('says shares and working days the way each language writes them', () => {
    expect(formatShare('zh', 0.8214)).toBe('82.1%');
    expect(formatShare('en', 1)).toBe('100%');
    expect(formatShare('zh', null)).toBe('—');
    expect(formatDays('zh', 2.5)).toBe('2.5');
    expect(formatDays('en', null)).toBe('—');
  });

  it('walks the breadcrumb from the supervisor’s own region down to the one shown', () => {
    expect(regionPath(REGIONS, '530000', '530102')).toEqual(['530000', '530100', '530102']);
    expect(regionPath(REGIONS, '530100', '530102')).toEqual(['530100', '530102']);
    expect(regionPath(REGIONS, '530102', '530102')).toEqual(['530102']);
    // A region outside the scope never shows the way to the supervisor's own.
    expect(regionPath(REGIONS, '530302', '530102')).toEqual(['530102']);
    // Before the region list arrives, the region alone.
    expect(regionPath(undefined, '530000', '530102')).toEqual(['530102']);
  });

  it('keeps the filters in the address, leaving out what is not set', () => {
    expect(dashboardPath({})).toBe('/supervision');
    expect(dashboardPath({ region: '530100', department: 'public-security' })).toBe(
      '/supervision?region=530100&department=public-security',
    );
    expect(
      subCasesPath({ status: 'at-risk', region: '530102', matter: 'household-registration-cancellation' }),
    ).toBe('/supervision/sub-cases?status=at-risk&region=530102&matter=household-registration-cancellation');
  });

  it('knows the month before', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });
});

describe('supervision dashboard charts', () => {
  beforeAll(() => loadStaffMessages());
  const t = translator('zh');

  it('stacks the months by channel, with the completed cases as a line', () => {
    const data = {
      cases: {
        byChannel: [
          { channel: 'online', count: 3 },
          { channel: 'window', count: 1 },
          { channel: 'proactive', count: 0 },
        ],
        byMonth: [
          { month: '2026-10', online: 2, window: 1, proactive: 0, completed: 1 },
          { month: '2026-11', online: 1, window: 0, proactive: 0, completed: 2 },
        ],
      },
    } as unknown as SupervisionDashboard;
    const option = trendOption(data, t);
    const series = option.series as { type: string; name: string; stack?: string; data: number[] }[];
    expect(series.map((s) => [s.type, s.name, s.stack])).toEqual([
      ['bar', '网上申请', 'received'],
      ['bar', '窗口受理', 'received'],
      ['bar', '主动服务', 'received'],
      ['line', '办结', undefined],
    ]);
    expect(series[0]?.data).toEqual([2, 1]);
    expect(series[3]?.data).toEqual([1, 2]);
  });

  it('names overdue and at-risk in the legend, each in its own colour', () => {
    const option = limitsOption(
      t,
      ['公安', '民政'],
      [
        { overdue: 2, atRisk: 0 },
        { overdue: 0, atRisk: 1 },
      ],
    );
    const series = option.series as { name: string; color: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['逾期', '即将超期']);
    expect(series[0]?.color).not.toBe(series[1]?.color);
    expect(series[0]?.data).toEqual([2, 0]);
  });
});
