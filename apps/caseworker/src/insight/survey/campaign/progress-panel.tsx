import { Col, Progress, Row, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import { QueryError } from '../../../components/query-error';
import type { Progress as ProgressDto } from '../api/types';
import { useProgress } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';

type Counts = ProgressDto['total'];
type ProgressRow = Counts & { key: string; name: string; children?: ProgressRow[] };

/** 调研进度: per team (with its regions beneath) and per region, with the share of each target. */
export function ProgressPanel({ campaignId }: { campaignId: string }) {
  const t = useSurveyT();
  const progress = useProgress(campaignId);
  if (progress.isError) return <QueryError error={progress.error} onRetry={() => progress.refetch()} />;
  const p = progress.data;
  const columns: TableColumnsType<ProgressRow> = [
    { key: 'name', title: '', dataIndex: 'name' },
    { key: 'responses', title: t('sv.field.responses'), dataIndex: 'responses', align: 'right' },
    { key: 'linked', title: t('sv.p.linked'), dataIndex: 'linked', align: 'right' },
    { key: 'unfiled', title: t('sv.p.unfiled'), dataIndex: 'unfiled', align: 'right' },
    { key: 'target', title: t('sv.p.target'), align: 'right', render: (_, r) => r.target ?? '—' },
    {
      key: 'share',
      title: t('sv.p.share'),
      width: 200,
      render: (_, r) =>
        r.sharePercent === null ? (
          '—'
        ) : (
          <Progress
            percent={Math.min(100, r.sharePercent)}
            format={() => `${r.sharePercent}%`}
            size="small"
          />
        ),
    },
  ];
  const teams: ProgressRow[] = (p?.teams ?? []).map((team) => ({
    ...team,
    key: team.teamId,
    name: team.name,
    children: team.regions.map((r) => ({ ...r, key: `${team.teamId}:${r.orgId}`, name: r.orgName })),
  }));
  const regions: ProgressRow[] = (p?.regions ?? []).map((r) => ({ ...r, key: r.orgId, name: r.orgName }));
  return (
    <>
      {p && (
        <Row gutter={16} style={{ marginBottom: 16 }} data-testid="sv-progress-total">
          <Col span={6}>
            <Statistic title={t('sv.field.responses')} value={p.total.responses} />
          </Col>
          <Col span={6}>
            <Statistic title={t('sv.p.linked')} value={p.total.linked} />
          </Col>
          <Col span={6}>
            <Statistic title={t('sv.p.unfiled')} value={p.total.unfiled} />
          </Col>
          <Col span={6}>
            {p.total.sharePercent !== null && (
              <Progress
                type="circle"
                size={72}
                percent={Math.min(100, p.total.sharePercent)}
                format={() => `${p.total.sharePercent}%`}
              />
            )}
          </Col>
        </Row>
      )}
      <Typography.Title level={5}>{t('sv.p.byTeam')}</Typography.Title>
      <Table<ProgressRow>
        size="small"
        loading={progress.isPending}
        pagination={false}
        columns={columns}
        dataSource={teams}
        data-testid="sv-progress-teams"
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('sv.p.byRegion')}
      </Typography.Title>
      <Table<ProgressRow>
        size="small"
        loading={progress.isPending}
        pagination={false}
        columns={columns}
        dataSource={regions}
        data-testid="sv-progress-regions"
      />
    </>
  );
}
