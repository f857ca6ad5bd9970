import { formatDate, useLang } from '@bangfu/client';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { AidNotAllowed } from '../../../aid/components/not-allowed';
import { QueryError } from '../../../components/query-error';
import type { CampaignListItem } from '../api/types';
import { useCampaigns } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';
import { SURVEY_MANAGE_ROLES, SURVEY_VIEW_ROLES, useHasSurveyRole } from '../permissions';
import { CampaignStatusTag } from '../status-tag';

/** 调研活动 the user can see: their union's and those above it they are asked to help with. */
export function CampaignsPage() {
  const t = useSurveyT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const allowed = useHasSurveyRole(SURVEY_VIEW_ROLES);
  const canCreate = useHasSurveyRole(SURVEY_MANAGE_ROLES);
  const list = useCampaigns(allowed);
  if (!allowed) return <AidNotAllowed />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('sv.list.title')}
        </Typography.Title>
        {canCreate && (
          <Button type="primary" onClick={() => navigate('/insight/survey/new')} data-testid="sv-create">
            {t('sv.list.create')}
          </Button>
        )}
      </Flex>
      <Table<CampaignListItem>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('sv.list.empty')} data-testid="sv-empty" /> }}
        onRow={(c) => ({ 'data-testid': 'sv-row', 'data-id': c.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('sv.field.title'),
            render: (_, c) => <Link to={`/insight/survey/${c.id}`}>{c.title}</Link>,
          },
          { title: t('sv.field.year'), dataIndex: 'year' },
          { title: t('sv.field.org'), dataIndex: 'orgName' },
          {
            title: t('sv.field.period'),
            render: (_, c) => `${formatDate(c.periodStart, lang)} – ${formatDate(c.periodEnd, lang)}`,
          },
          { title: t('sv.field.status'), render: (_, c) => <CampaignStatusTag status={c.status} /> },
          { title: t('sv.field.teams'), dataIndex: 'teamCount', align: 'right' },
          { title: t('sv.field.responses'), dataIndex: 'responseCount', align: 'right' },
        ]}
      />
    </Card>
  );
}
