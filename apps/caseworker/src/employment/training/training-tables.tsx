import { formatFen, labelKey, useLang } from '@bangfu/client';
import { EnrollmentStatus, SkillGrade } from '@bangfu/domain';
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useT } from '../../i18n/use-t';
import type { EnrollmentRow, PlacementRow } from '../api/types';

const STATUS_COLOR = { ENROLLED: 'processing', COMPLETED: 'success', DROPPED: 'default' } as const;

interface EnrollmentTableProps {
  rows: readonly EnrollmentRow[];
  loading: boolean;
  /** Offered on enrollments still in training, for roles that may record completions. */
  onComplete?: ((e: EnrollmentRow) => void) | undefined;
}

export function EnrollmentTable({ rows, loading, onComplete }: EnrollmentTableProps) {
  const t = useT();
  const key = labelKey(useLang().lang);
  const columns: TableColumnsType<EnrollmentRow> = [
    { key: 'course', title: t('train.course'), dataIndex: 'courseTitle' },
    { key: 'member', title: t('train.member'), dataIndex: 'memberName' },
    {
      key: 'status',
      title: t('train.status'),
      render: (_, e) => <Tag color={STATUS_COLOR[e.status]}>{EnrollmentStatus.labels[e.status][key]}</Tag>,
    },
    {
      key: 'grade',
      title: t('train.grade'),
      render: (_, e) =>
        e.grade ? SkillGrade.labels[e.grade][key] : e.status === 'COMPLETED' ? t('train.noGrade') : '',
    },
    { key: 'completedOn', title: t('train.completedOn'), render: (_, e) => e.completedOn ?? '' },
  ];
  if (onComplete) {
    columns.push({
      key: 'action',
      render: (_, e) =>
        e.status === 'ENROLLED' && (
          <Button size="small" onClick={() => onComplete(e)} data-testid="enrollment-complete">
            {t('train.complete')}
          </Button>
        ),
    });
  }
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      locale={{ emptyText: t('train.noEnrollments') }}
      scroll={{ x: true }}
      data-testid="household-enrollments"
    />
  );
}

interface PlacementTableProps {
  rows: readonly PlacementRow[];
  loading: boolean;
  onCheck?: ((p: PlacementRow) => void) | undefined;
}

function RetentionStatus({ p }: { p: PlacementRow }) {
  const t = useT();
  if (p.retentionCheckedOn !== null) {
    return (
      <Tag color={p.retained ? 'success' : 'error'}>
        {p.retained ? t('place.retained') : t('place.notRetained')} · {p.retentionCheckedOn}
      </Tag>
    );
  }
  if (p.checkDue) return <Tag color="warning">{t('place.retentionOverdue', { date: p.retentionDue })}</Tag>;
  return <Tag>{t('place.retentionDue', { date: p.retentionDue })}</Tag>;
}

export function PlacementTable({ rows, loading, onCheck }: PlacementTableProps) {
  const t = useT();
  const columns: TableColumnsType<PlacementRow> = [
    { key: 'member', title: t('train.member'), dataIndex: 'memberName' },
    { key: 'employer', title: t('place.employer'), dataIndex: 'employerName' },
    { key: 'start', title: t('place.startDate'), dataIndex: 'startDate' },
    { key: 'wage', title: t('place.wage'), render: (_, p) => formatFen(p.monthlyWageFen) },
    { key: 'retention', title: t('place.retention'), render: (_, p) => <RetentionStatus p={p} /> },
  ];
  if (onCheck) {
    columns.push({
      key: 'action',
      render: (_, p) =>
        p.retentionCheckedOn === null && (
          <Button size="small" onClick={() => onCheck(p)} data-testid="placement-check">
            {t('place.check')}
          </Button>
        ),
    });
  }
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      locale={{ emptyText: t('place.noPlacements') }}
      scroll={{ x: true }}
      data-testid="household-placements"
    />
  );
}
