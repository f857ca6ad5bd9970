import { labelIn, useLang } from '@bangfu/client';
import { formatPermilleAsPercent } from '@bangfu/domain';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { UnitAssessment } from './api/use-assessment';
import { useAssessT } from './i18n/use-assess-t';

/** 考核排名: composite score, highest first, with how each score was made. */
export function RankingTable({
  units,
  penaltyPermille,
}: {
  units: UnitAssessment[];
  penaltyPermille: number;
}) {
  const t = useAssessT();
  const { lang } = useLang();
  const ranked = [...units].sort((a, b) => a.rank - b.rank);
  const columns: TableColumnsType<UnitAssessment> = [
    { key: 'rank', title: t('assess.rank'), dataIndex: 'rank', width: 70 },
    { key: 'name', title: t('assess.unit'), dataIndex: 'name' },
    {
      key: 'score',
      title: t('assess.score'),
      align: 'right',
      render: (_, u) => (
        <Typography.Text strong>{formatPermilleAsPercent(u.score.scorePermille)}</Typography.Text>
      ),
    },
    { key: 'why', title: t('assess.explanation'), render: (_, u) => labelIn(u.score.explanation, lang) },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('assess.scoreRule', { penalty: formatPermilleAsPercent(penaltyPermille) })}
      </Typography.Paragraph>
      <Table<UnitAssessment>
        size="small"
        rowKey="orgId"
        pagination={false}
        columns={columns}
        dataSource={ranked}
        data-testid="assessment-ranking"
      />
    </>
  );
}
