import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useDashT } from '../i18n/use-dash-t';

export interface FigureColumn<R> {
  key: string;
  title: string;
  value: (row: R) => ReactNode;
  numeric?: boolean;
}

interface FiguresTableProps<R extends { key: string }> {
  testId: string;
  columns: FigureColumn<R>[];
  rows: R[];
  /** A 合计 row, rendered with the same columns (its first cell reads 合计). */
  total?: R;
  /** Extra data-* attributes of a row, for tests and styling. */
  rowData?: (row: R) => Record<string, string>;
}

/** The figures of a chart as a small table: readable without the chart, and by tests. */
export function FiguresTable<R extends { key: string }>({
  testId,
  columns,
  rows,
  total,
  rowData,
}: FiguresTableProps<R>) {
  const t = useDashT();
  const cols: TableColumnsType<R> = columns.map((c) => ({
    key: c.key,
    title: c.title,
    align: c.numeric ? 'right' : 'left',
    render: (_, r) => c.value(r),
  }));
  return (
    <Table<R>
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={cols}
      dataSource={rows}
      data-testid={testId}
      onRow={(r) =>
        ({
          'data-testid': `${testId}-row`,
          'data-key': r.key,
          ...rowData?.(r),
        }) as HTMLAttributes<HTMLElement>
      }
      summary={
        total
          ? () => (
              <Table.Summary.Row data-testid={`${testId}-total`}>
                {columns.map((c, i) => (
                  <Table.Summary.Cell key={c.key} index={i} align={c.numeric ? 'right' : 'left'}>
                    <strong data-col={c.key}>{i === 0 ? t('dash.total') : c.value(total)}</strong>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )
          : undefined
      }
    />
  );
}
