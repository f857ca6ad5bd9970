import { EditOutlined } from '@ant-design/icons';
import { canEditHousehold } from '@bangfu/domain';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { AidCard } from '../../aid/household/aid-card';
import { useHousehold } from '../../api/use-households';
import { useCurrentUser } from '../../auth/current-user';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { StatusTag } from '../../components/status-tag';
import { HouseholdMatchesCard } from '../../employment/matching/household-matches-card';
import { HouseholdSupportCard } from '../../employment/support/household-support-card';
import { HouseholdTrainingCard } from '../../employment/training/household-training-card';
import { useT } from '../../i18n/use-t';
import { IdentificationCard } from '../../identification/case/identification-card';
import { BankAccountCard } from './bank-account-card';
import { HistoryTimeline } from './history-timeline';
import { HouseholdDescriptions } from './household-descriptions';
import { MembersTable } from './members-table';

export function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const household = useHousehold(id);
  if (household.isPending) return <PageLoading />;
  if (household.isError) {
    return (
      <QueryError error={household.error} notFoundText={t('notFound')} onRetry={() => household.refetch()} />
    );
  }
  const h = household.data;
  const head = h.members.find((m) => m.relation === 'SELF') ?? h.members[0];
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <Space size="middle">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="household-title">
              {head?.name ?? t('detailTitle')}
            </Typography.Title>
            <Typography.Text type="secondary">{h.fileNo ?? t('noFileNo')}</Typography.Text>
            <StatusTag value={h.status} />
          </Space>
          {canEditHousehold(me.roles) && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => navigate(`/households/${h.id}/edit`)}
              data-testid="household-edit"
            >
              {t('edit')}
            </Button>
          )}
        </Flex>
        <HouseholdDescriptions household={h} />
      </Card>
      <IdentificationCard household={h} />
      <AidCard household={h} />
      <BankAccountCard household={h} />
      <Card size="small" title={t('sectionMembers')}>
        <MembersTable household={h} />
      </Card>
      <HouseholdTrainingCard householdId={h.id} members={h.members} />
      <HouseholdSupportCard
        householdId={h.id}
        memberName={(id) => h.members.find((m) => m.id === id)?.name ?? ''}
      />
      <HouseholdMatchesCard householdId={h.id} />
      <Card size="small" title={t('sectionHistory')}>
        <HistoryTimeline householdId={h.id} members={h.members} />
      </Card>
    </Flex>
  );
}
