import { Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { HouseholdDetail } from '../../api/types';
import { StatusTag } from '../../components/status-tag';
import { useIdentT } from '../i18n/use-ident-t';

/** Who the case is about: head of household, file number, status and union. */
export function CaseHeader({ household: h }: { household: HouseholdDetail }) {
  const t = useIdentT();
  const navigate = useNavigate();
  const head = h.members.find((m) => m.relation === 'SELF') ?? h.members[0];
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space size="middle" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title">
            {head?.name ?? t('id.case.title')}
          </Typography.Title>
          <span data-testid="case-status" data-status={h.status}>
            <StatusTag value={h.status} />
          </span>
        </Space>
        <Button onClick={() => navigate(`/households/${h.id}`)} data-testid="case-household-link">
          {t('id.case.household')}
        </Button>
      </Flex>
      <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('id.case.fileNo')}>
          <span data-testid="case-file-no">{h.fileNo ?? t('id.case.noFileNo')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('id.case.org')}>{h.orgName}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
