import { labelIn, useLang } from '@bangfu/client';
import { Alert, Table } from 'antd';
import type { ImportReport } from '../api/types';
import { useMaT } from '../i18n/use-ma-t';

interface ProblemRow {
  key: string;
  row: number;
  column: string;
  message: string;
}

/** The row-by-row report of an import: a summary, then one line per problem (row, column, message). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useMaT();
  const { lang } = useLang();
  const problems: ProblemRow[] = report.rows.flatMap((r) =>
    r.errors.map((e, i) => ({
      key: `${r.row}-${i}`,
      row: r.row,
      column: e.column,
      message: labelIn(e.message, lang),
    })),
  );
  const summary = report.written
    ? t('ma.import.written', { rows: report.rowCount, n: report.enrolmentCount })
    : report.errorRowCount > 0
      ? t('ma.import.bad', { bad: report.errorRowCount, rows: report.rowCount })
      : t('ma.import.ok', { rows: report.rowCount, n: report.enrolmentCount });
  return (
    <div data-testid="ma-import-report" data-written={report.written} data-bad={report.errorRowCount}>
      <Alert
        type={report.errorRowCount > 0 ? 'error' : report.written ? 'success' : 'info'}
        showIcon
        title={summary}
        data-testid="ma-import-summary"
        style={{ marginBottom: 8 }}
      />
      {problems.length > 0 && (
        <Table<ProblemRow>
          size="small"
          pagination={false}
          dataSource={problems}
          onRow={(p) => ({ 'data-testid': 'ma-import-problem', 'data-row': p.row }) as object}
          columns={[
            { title: t('ma.import.row'), dataIndex: 'row', width: 80 },
            { title: t('ma.import.column'), dataIndex: 'column', width: 120 },
            { title: t('ma.import.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}
