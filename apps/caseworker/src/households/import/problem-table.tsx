import { useLang } from '@bangfu/client';
import { Alert, Table } from 'antd';
import type { ImportProblem, ImportReport } from './use-household-import';
import { useImportT } from './use-import-t';

/** The dry run's findings: every problem with its sheet, row and column, a page at a time. */
export function ProblemTable({ report }: { report: ImportReport }) {
  const t = useImportT();
  const { lang } = useLang();
  const clean = report.problemCount === 0;
  return (
    <>
      <Alert
        type={clean ? 'success' : 'error'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          clean
            ? t('hi.clean', { households: report.households, members: report.members })
            : t('hi.problems', { count: report.problemCount })
        }
        description={
          report.problemCount > report.problems.length
            ? t('hi.problemsShown', { n: report.problems.length })
            : undefined
        }
        data-testid="hi-report-summary"
      />
      {!clean && (
        <Table<ImportProblem>
          size="small"
          rowKey={(p) => `${p.sheet}|${p.row}|${p.column}|${p.message.zh}`}
          dataSource={[...report.problems]}
          pagination={{ pageSize: 20, showSizeChanger: true }}
          locale={{ emptyText: t('hi.noProblems') }}
          data-testid="hi-problems"
          columns={[
            { title: t('hi.col.sheet'), dataIndex: 'sheet', width: 80 },
            { title: t('hi.col.row'), dataIndex: 'row', width: 70, render: (r: number | null) => r ?? '—' },
            {
              title: t('hi.col.column'),
              dataIndex: 'column',
              width: 180,
              render: (c: string | null) => c ?? '—',
            },
            {
              title: t('hi.col.message'),
              key: 'message',
              render: (_, p) => p.message[lang === 'en' ? 'en' : 'zh'],
            },
          ]}
        />
      )}
    </>
  );
}
