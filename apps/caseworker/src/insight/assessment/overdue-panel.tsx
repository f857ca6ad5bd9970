import { AssessmentOverdueKind } from '@bangfu/domain';
import { Button, Drawer, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { type OverdueTaskList, type UnitAssessment, useOverdueTasks } from './api/use-assessment';
import { useAssessT } from './i18n/use-assess-t';

type Task = OverdueTaskList['items'][number];

function OverdueDrill({ unit, onClose }: { unit: UnitAssessment | null; onClose: () => void }) {
  const t = useAssessT();
  const label = useEnumLabel();
  const tasks = useOverdueTasks(unit?.orgId);
  const columns: TableColumnsType<Task> = [
    { key: 'kind', title: t('assess.kind'), render: (_, r) => label(AssessmentOverdueKind, r.kind) },
    { key: 'due', title: t('assess.dueOn'), dataIndex: 'dueOn' },
    {
      key: 'household',
      title: t('assess.household'),
      render: (_, r) => <Link to={`/households/${r.householdId}`}>{t('assess.open')}</Link>,
    },
  ];
  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      size="large"
      title={unit ? t('assess.drillTitle', { name: unit.name }) : ''}
    >
      {tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : (
        <>
          {tasks.data && (
            <Typography.Paragraph type="secondary">
              {t('assess.drillShown', { total: tasks.data.total, n: tasks.data.items.length })}
            </Typography.Paragraph>
          )}
          <Table<Task>
            size="small"
            rowKey="refId"
            loading={tasks.isPending}
            pagination={false}
            columns={columns}
            dataSource={tasks.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('assess.noOverdue')} /> }}
            data-testid="overdue-drill"
          />
        </>
      )}
    </Drawer>
  );
}

/** 逾期任务: counts per unit and kind, and the tasks themselves one click away. */
export function OverduePanel({ units }: { units: UnitAssessment[] }) {
  const t = useAssessT();
  const label = useEnumLabel();
  const [drill, setDrill] = useState<UnitAssessment | null>(null);
  const columns: TableColumnsType<UnitAssessment> = [
    { key: 'name', title: t('assess.unit'), dataIndex: 'name' },
    ...AssessmentOverdueKind.values.map((kind) => ({
      key: kind,
      title: label(AssessmentOverdueKind, kind),
      align: 'right' as const,
      render: (_: unknown, u: UnitAssessment) => u.overdue[kind],
    })),
    {
      key: 'total',
      title: t('assess.overdueTotal'),
      align: 'right',
      render: (_, u) => (
        <Typography.Text type={u.overdue.total > 0 ? 'danger' : undefined}>{u.overdue.total}</Typography.Text>
      ),
    },
    {
      key: 'drill',
      title: '',
      render: (_, u) => (
        <Button
          size="small"
          disabled={u.overdue.total === 0}
          onClick={() => setDrill(u)}
          data-testid="overdue-drill-open"
        >
          {t('assess.drill')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table<UnitAssessment>
        size="small"
        rowKey="orgId"
        pagination={false}
        columns={columns}
        dataSource={units}
        data-testid="assessment-overdue"
      />
      <OverdueDrill unit={drill} onClose={() => setDrill(null)} />
    </>
  );
}
