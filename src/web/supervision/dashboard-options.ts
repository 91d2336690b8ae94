/**
 * The dashboard's charts as ECharts options, built from the figures alone (pure functions, so a
 * chart is redrawn only when its figures or the language change). Counts that mean trouble are
 * red (逾期) or amber (即将超期) and named in the legend; ECharts' decal patterns tell the series
 * apart without colour.
 */
import { CHART_COLORS, type ChartOption } from '../components/echart.tsx';
import type { Translate } from '../i18n.ts';
import { RATING_LEVEL_KEYS } from '../workflow-api.ts';
import { CHANNEL_KEYS, type Names } from './dashboard-words.ts';
import type { SupervisionDashboard } from './supervision-api.ts';

type Dashboard = SupervisionDashboard;

const AXIS_LABEL = { color: CHART_COLORS.axis, fontSize: 12 } as const;
const TOOLTIP = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true } as const;
const LEGEND = { top: 0, textStyle: { color: CHART_COLORS.text } } as const;
const VALUE_LABEL = { show: true, color: CHART_COLORS.text } as const;
/** Zero bars carry no number (a row of zeros is noise); the table still has them. */
const hideZero = ({ value }: { value: unknown }) => (value ? String(value) : '');

const CHANNEL_COLORS = {
  online: CHART_COLORS.blue,
  window: CHART_COLORS.amber,
  proactive: CHART_COLORS.green,
};

/** Horizontal bars need room for each category's label and bars. */
export function barsHeight(categories: number, perCategory = 36): number {
  return Math.max(180, 70 + categories * perCategory);
}

/** Cases received per month by channel (stacked bars) with those completed (a dashed line). */
export function trendOption(data: Dashboard, t: Translate): ChartOption {
  const months = data.cases.byMonth;
  const channels = data.cases.byChannel.map((c) => c.channel);
  return {
    tooltip: TOOLTIP,
    legend: LEGEND,
    grid: { left: 8, right: 16, top: 48, bottom: 8 },
    xAxis: { type: 'category', data: months.map((m) => m.month), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    series: [
      ...channels.map((channel) => ({
        type: 'bar' as const,
        name: t(CHANNEL_KEYS[channel]),
        color: CHANNEL_COLORS[channel],
        stack: 'received',
        data: months.map((m) => m[channel]),
      })),
      {
        type: 'line' as const,
        name: t('figCompleted'),
        data: months.map((m) => m.completed),
        color: CHART_COLORS.text,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 2, type: 'dashed' as const },
      },
    ],
  };
}

export function statesOption(
  data: Dashboard,
  t: Translate,
  stateLabel: (state: string) => string,
): ChartOption {
  const states = data.cases.byState;
  return {
    tooltip: TOOLTIP,
    grid: { left: 8, right: 40, top: 8, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    yAxis: {
      type: 'category',
      inverse: true,
      data: states.map((s) => stateLabel(s.state)),
      axisLabel: AXIS_LABEL,
    },
    series: [
      {
        type: 'bar',
        name: t('colCount'),
        data: states.map((s) => s.count),
        label: { ...VALUE_LABEL, position: 'right' },
      },
    ],
  };
}

export function channelsOption(data: Dashboard, t: Translate): ChartOption {
  return {
    tooltip: TOOLTIP,
    grid: { left: 8, right: 16, top: 24, bottom: 8 },
    xAxis: {
      type: 'category',
      data: data.cases.byChannel.map((c) => t(CHANNEL_KEYS[c.channel])),
      axisLabel: AXIS_LABEL,
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        name: t('colCount'),
        barMaxWidth: 56,
        // The same colour per channel as in the trend.
        data: data.cases.byChannel.map((c) => ({
          value: c.count,
          itemStyle: { color: CHANNEL_COLORS[c.channel] },
        })),
        label: { ...VALUE_LABEL, position: 'top' },
      },
    ],
  };
}

/** Overdue (red) and at-risk (amber) bars, one pair per category, in the order given. */
export function limitsOption(
  t: Translate,
  categories: string[],
  rows: { overdue: number; atRisk: number }[],
  clickableLabels = false,
): ChartOption {
  return {
    tooltip: TOOLTIP,
    legend: LEGEND,
    grid: { left: 8, right: 32, top: 40, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { ...AXIS_LABEL, width: 120, overflow: 'truncate' },
      triggerEvent: clickableLabels,
    },
    series: [
      {
        type: 'bar',
        name: t('figOverdue'),
        color: CHART_COLORS.red,
        data: rows.map((r) => r.overdue),
        label: { ...VALUE_LABEL, position: 'right', formatter: hideZero },
      },
      {
        type: 'bar',
        name: t('figAtRisk'),
        color: CHART_COLORS.amber,
        data: rows.map((r) => r.atRisk),
        label: { ...VALUE_LABEL, position: 'right', formatter: hideZero },
      },
    ],
  };
}

/** Median and p90 working days per matter (bars) beside the committed limit (a red tick). */
export function handlingOption(handling: Dashboard['handling'], t: Translate, names: Names): ChartOption {
  return {
    tooltip: TOOLTIP,
    legend: LEGEND,
    grid: { left: 8, right: 24, top: 40, bottom: 8 },
    xAxis: {
      type: 'value',
      name: t('unitWorkingDays'),
      nameLocation: 'end',
      nameTextStyle: AXIS_LABEL,
      axisLabel: AXIS_LABEL,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: handling.map((h) => names.matter(h.matterCode)),
      axisLabel: { ...AXIS_LABEL, width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('seriesMedian'),
        color: CHART_COLORS.blue,
        data: handling.map((h) => h.medianWorkingDays),
      },
      {
        type: 'bar',
        name: t('seriesP90'),
        color: CHART_COLORS.teal,
        data: handling.map((h) => h.p90WorkingDays),
      },
      {
        type: 'scatter',
        name: t('seriesCommitted'),
        color: CHART_COLORS.red,
        symbol: 'rect',
        symbolSize: [4, 32],
        z: 5,
        data: handling.map((h) => h.committedWorkingDays),
      },
    ],
  };
}

export function ratingLevelsOption(data: Dashboard, t: Translate): ChartOption {
  const levels = data.ratings.byLevel;
  return {
    tooltip: TOOLTIP,
    grid: { left: 8, right: 16, top: 24, bottom: 8 },
    xAxis: {
      type: 'category',
      data: levels.map((l) => t(RATING_LEVEL_KEYS[l.level] ?? 'notSet')),
      axisLabel: AXIS_LABEL,
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        name: t('colRatings'),
        barMaxWidth: 48,
        data: levels.map((l) => ({
          value: l.count,
          itemStyle: {
            color: l.level >= 4 ? CHART_COLORS.green : l.level === 3 ? CHART_COLORS.grey : CHART_COLORS.red,
          },
        })),
        label: { ...VALUE_LABEL, position: 'top' },
      },
    ],
  };
}

/** Satisfied share (percent) per department or region. */
export function satisfactionOption(
  t: Translate,
  categories: string[],
  shares: (number | null)[],
): ChartOption {
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  return {
    tooltip: {
      ...TOOLTIP,
      valueFormatter: (value) => (value === null || value === undefined ? '—' : `${value}%`),
    },
    grid: { left: 8, right: 56, top: 8, bottom: 8 },
    xAxis: { type: 'value', max: 100, axisLabel: { ...AXIS_LABEL, formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { ...AXIS_LABEL, width: 120, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('figSatisfied'),
        color: CHART_COLORS.green,
        data: shares.map(percent),
        label: { ...VALUE_LABEL, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}
