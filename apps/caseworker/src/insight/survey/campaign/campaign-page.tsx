import { DownloadOutlined } from '@ant-design/icons';
import { formatDate, useLang } from '@bangfu/client';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { downloadXlsx } from '../../../aid/components/download-xlsx';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ActionErrorAlert } from '../../../employment/components/action-error-alert';
import { useCampaign, useExportResponses, useStepCampaign } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';
import { SURVEY_EXPORT_ROLES, useHasSurveyRole } from '../permissions';
import { CampaignStatusTag } from '../status-tag';
import { ProgressPanel } from './progress-panel';
import { ResponsesPanel } from './responses-panel';
import { SummaryPanel } from './summary-panel';
import { TeamsPanel } from './teams-panel';

/** One campaign: its state and actions, then progress, the answer summary, responses and teams. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const t = useSurveyT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const campaign = useCampaign(id);
  const step = useStepCampaign();
  const exporter = useExportResponses();
  const canExport = useHasSurveyRole(SURVEY_EXPORT_ROLES);
  if (campaign.isError) return <QueryError error={campaign.error} onRetry={() => campaign.refetch()} />;
  const c = campaign.data;
  if (!c) return <PageLoading />;
  const run = (s: 'open' | 'close') =>
    step.mutate(
      { id: c.id, version: c.version, step: s },
      { onSuccess: () => message.success(t('sv.c.done')) },
    );
  const exportXlsx = () =>
    exporter.mutate(
      { campaignId: c.id },
      {
        onSuccess: (file) => {
          downloadXlsx(file);
          message.success(t('sv.c.exported', { n: file.rows }));
        },
      },
    );
  const capturer = c.status === 'OPEN' && c.myTeamIds.length > 0;
  return (
    <Card>
      <Flex justify="space-between" align="start" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space direction="vertical" size={4}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="sv-title">
            {c.title} <CampaignStatusTag status={c.status} />
          </Typography.Title>
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t('sv.field.org')}>{c.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('sv.field.year')}>{c.year}</Descriptions.Item>
            <Descriptions.Item label={t('sv.field.period')}>
              {formatDate(c.periodStart, lang)} – {formatDate(c.periodEnd, lang)}
            </Descriptions.Item>
          </Descriptions>
        </Space>
        <Space wrap>
          {capturer && (
            <Button
              type="primary"
              onClick={() => navigate(`/insight/survey/${c.id}/capture`)}
              data-testid="sv-capture"
            >
              {t('sv.c.capture')}
            </Button>
          )}
          {c.canManage && c.status === 'DRAFT' && (
            <>
              <Button onClick={() => navigate(`/insight/survey/${c.id}/edit`)} data-testid="sv-edit">
                {t('sv.c.edit')}
              </Button>
              <Popconfirm title={t('sv.c.openConfirm')} onConfirm={() => run('open')}>
                <Button type="primary" loading={step.isPending} data-testid="sv-open">
                  {t('sv.c.open')}
                </Button>
              </Popconfirm>
            </>
          )}
          {c.canManage && c.status === 'OPEN' && (
            <Popconfirm title={t('sv.c.closeConfirm')} onConfirm={() => run('close')}>
              <Button danger loading={step.isPending} data-testid="sv-close">
                {t('sv.c.close')}
              </Button>
            </Popconfirm>
          )}
          {canExport && (
            <Button
              icon={<DownloadOutlined />}
              onClick={exportXlsx}
              loading={exporter.isPending}
              data-testid="sv-export"
            >
              {t('sv.c.export')}
            </Button>
          )}
        </Space>
      </Flex>
      <ActionErrorAlert error={step.error ?? exporter.error} onReload={() => campaign.refetch()} />
      <Tabs
        items={[
          { key: 'progress', label: t('sv.tab.progress'), children: <ProgressPanel campaignId={c.id} /> },
          { key: 'summary', label: t('sv.tab.summary'), children: <SummaryPanel campaign={c} /> },
          { key: 'responses', label: t('sv.tab.responses'), children: <ResponsesPanel campaign={c} /> },
          { key: 'teams', label: t('sv.tab.teams'), children: <TeamsPanel campaign={c} /> },
        ]}
      />
    </Card>
  );
}
