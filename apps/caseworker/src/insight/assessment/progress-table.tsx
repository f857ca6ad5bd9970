import { AssessmentMetric, AssessmentProgressStatus, formatPermilleAsPercent } from '@bangfu/domain';
import { Flex, Progress, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { MetricProgress, UnitAssessment } from './api/use-assessment';
import { useAssessT } from './i18n/use-assess-t';
import { showMetricValue } from './metric-value';

const STATUS_COLOR: Record<AssessmentProgressStatus, string> = {
  MET: 'success',
  ON_TRACK: 'processing',
  BEHIND: 'error',
  NO_TARGET: 'default',
};

function MetricCell({ m }: { m: MetricProgress }) {
  const t = useAssessT();
  const label = useEnumLabel();
  const completion = m.completionPermille;
  return (
    <Flex
      vertical
      gap={2}
      style={{ minWidth: 150 }}
      data-testid={`progress-${m.metric}`}
      data-status={m.status}
    >
      <Typography.Text>
        {t('assess.actual')} {showMetricValue(m.metric, m.actual)} / {t('assess.target')}{' '}
        {showMetricValue(m.metric, m.target)}
      </Typography.Text>
      {completion !== null && (
        <Progress
          percent={Math.min(completion, 1000) / 10}
          size="small"
          status={m.status === 'BEHIND' ? 'exception' : m.status === 'MET' ? 'success' : 'active'}
          format={() => formatPermilleAsPercent(completion)}
        />
      )}
      <span>
        <Tag color={STATUS_COLOR[m.status]}>{label(AssessmentProgressStatus, m.status)}</Tag>
      </span>
    </Flex>
  );
}

/** 完成进度: actual against target per metric, with 达标/进行中/落后 by the share of the year gone. */
export function ProgressTable({ units }: { units: UnitAssessment[] }) {
  const t = useAssessT();
  const label = useEnumLabel();
  const columns: TableColumnsType<UnitAssessment> = [
    { key: 'name', title: t('assess.unit'), dataIndex: 'name', fixed: 'left' },
    ...AssessmentMetric.values.map((metric) => ({
      key: metric,
      title: label(AssessmentMetric, metric),
      render: (_: unknown, u: UnitAssessment) => {
        const m = u.metrics.find((x) => x.metric === metric);
        return m ? <MetricCell m={m} /> : null;
      },
    })),
  ];
  return (
    <Table<UnitAssessment>
      size="small"
      rowKey="orgId"
      pagination={false}
      scroll={{ x: true }}
      columns={columns}
      dataSource={units}
      data-testid="assessment-progress"
    />
  );
}
