/**
 * A dashboard chart with everything that makes it readable without seeing it: a heading, a short
 * note on how to read it, the chart (an image named by its summary), and — under "查看数据表" — a
 * table with the same numbers (and the links to drill down), which keyboard and screen-reader
 * users reach like any table.
 */
import { type ReactNode, useId } from 'react';
import { useAppState } from '../app-state.tsx';
import { type ChartItem, type ChartOption, EChart } from '../components/echart.tsx';

export function ChartCard({
  title,
  note,
  summary,
  option,
  height,
  onItemClick,
  table,
  children,
  testId,
  empty,
  wide,
}: {
  title: string;
  note?: ReactNode;
  summary: string;
  option: ChartOption;
  height: number;
  onItemClick?: (item: ChartItem) => void;
  table: ReactNode;
  /** Under the chart, before the table: drill-down buttons and the like. */
  children?: ReactNode;
  testId?: string;
  /** Nothing to draw: the chart gives way to a sentence saying so (the table stays). */
  empty?: boolean;
  /** Across the whole width (a long time axis, many matters). */
  wide?: boolean;
}) {
  const { t } = useAppState();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={wide ? 'lb-chart-card lb-chart-wide' : 'lb-chart-card'}
      data-testid={testId}
    >
      <h3 id={headingId}>{title}</h3>
      {note ? <p className="lb-note">{note}</p> : null}
      {empty ? (
        <p className="lb-chart-empty">{summary}</p>
      ) : (
        <EChart option={option} summary={summary} height={height} onItemClick={onItemClick} />
      )}
      {children}
      <details className="lb-chart-data">
        <summary>{t('chartShowTable')}</summary>
        {table}
      </details>
    </section>
  );
}
