/**
 * One ECharts chart on a canvas, for staff dashboards. Only the chart types and components the
 * dashboards use are registered (bar, line, scatter; grid, tooltip, legend, aria), so the bundle
 * that imports this stays lean — and only pages loaded on demand import it.
 *
 * A canvas says nothing to a screen reader: the chart is an image (`role="img"`) named by a
 * summary of what it shows, ECharts' own aria support is on (with decal patterns, so series differ
 * by more than colour), and every page that draws a chart also puts its numbers in a table. The
 * chart follows its container's size (a narrow window, a zoomed page), and does not animate for
 * people who ask for reduced motion.
 */
import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  ScatterChart,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

/** What a click on a bar or point says about it. */
export interface ChartItem {
  name: string;
  dataIndex: number;
  seriesName: string | undefined;
}

/** Colours with at least 3:1 against white (WCAG non-text contrast); text colours at least 4.5:1. */
export const CHART_COLORS = {
  blue: '#2f5d8a',
  amber: '#8a5a00',
  green: '#2e6b2e',
  purple: '#6b4c9a',
  red: '#b42318',
  grey: '#5b6670',
  teal: '#1f6f78',
  text: '#1f2d3a',
  axis: '#4a5560',
} as const;

const PALETTE = [
  CHART_COLORS.blue,
  CHART_COLORS.amber,
  CHART_COLORS.green,
  CHART_COLORS.purple,
  CHART_COLORS.teal,
  CHART_COLORS.red,
  CHART_COLORS.grey,
];

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Below this width (a phone, a zoomed page) category labels give up room to the bars. */
const NARROW = 520;
const NARROW_LABEL = 96;

/** The option with the category axis's labels kept short enough to leave room for the bars. */
function forNarrow(option: ChartOption): ChartOption {
  const axis = option.yAxis;
  if (!axis || Array.isArray(axis) || axis.type !== 'category') return option;
  const label = axis.axisLabel ?? {};
  const width = typeof label.width === 'number' ? Math.min(label.width, NARROW_LABEL) : NARROW_LABEL;
  return { ...option, yAxis: { ...axis, axisLabel: { ...label, width, overflow: 'truncate' } } };
}

function reducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

export function EChart({
  option,
  summary,
  height,
  onItemClick,
  testId,
}: {
  option: ChartOption;
  /** What the chart shows, in a sentence or two with its main numbers: the image's name. */
  summary: string;
  height: number;
  onItemClick?: (item: ChartItem) => void;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;
  const [narrow, setNarrow] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      // A bar says its category as `name`; a category label (triggerEvent) as `value`.
      const label = params.componentType === 'series' ? params.name : (params as { value?: unknown }).value;
      click.current?.({
        name: String(label ?? ''),
        dataIndex: params.dataIndex ?? -1,
        seriesName: params.seriesName,
      });
    });
    const observer = new ResizeObserver(([entry]) => {
      instance.resize();
      if (entry) setNarrow(entry.contentRect.width < NARROW);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: PALETTE,
        animation: !reducedMotion(),
        textStyle: { fontFamily: FONT, color: CHART_COLORS.text },
        ...(narrow ? forNarrow(option) : option),
        aria: { enabled: true, label: { description: summary }, decal: { show: true } },
      },
      { notMerge: true },
    );
    // ECharts names its own root; the summary stays the name.
    box.current?.setAttribute('aria-label', summary);
  }, [option, summary, narrow]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={summary}
      className="lb-chart"
      data-testid={testId}
      style={{ height, cursor: onItemClick ? 'pointer' : undefined }}
    />
  );
}
