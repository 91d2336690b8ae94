/**
 * A plain, accessible table of figures: a caption, column headers, the first cell of each row as
 * its header, numbers aligned right. Wider than a narrow screen, it scrolls inside a region that
 * takes focus, so the keyboard can scroll it too.
 */
import type { ReactNode } from 'react';
import { useAppState } from '../app-state.tsx';

export interface Column<Row> {
  key: string;
  title: string;
  /** Numbers line up on the right. */
  numeric?: boolean;
  /** Dates and the like stay on one line. */
  nowrap?: boolean;
  render: (row: Row) => ReactNode;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  testId,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  testId?: string;
}) {
  const { t } = useAppState();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a narrow screen scrolls, and a scrolling region must be reachable by keyboard
    <section className="lb-data-table-box" tabIndex={0} aria-label={t('dataTableLabel', { title: caption })}>
      <table className="lb-data-table" data-testid={testId}>
        <caption className="lb-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'lb-numeric' : undefined}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="lb-empty">
                {t('dashNoData')}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.key} scope="row">
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={cellClass(column)}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}

function cellClass(column: { numeric?: boolean; nowrap?: boolean }): string | undefined {
  if (column.numeric) return 'lb-numeric';
  return column.nowrap ? 'lb-nowrap' : undefined;
}
