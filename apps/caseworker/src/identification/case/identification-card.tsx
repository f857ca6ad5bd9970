import { labelIn, useLang } from '@bangfu/client';
import { allowedEvents, IdentificationEvent } from '@bangfu/domain';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { HouseholdDetail } from '../../api/types';
import { StatusTag } from '../../components/status-tag';
import { useIdentT } from '../i18n/use-ident-t';
import { CASE_READ_ROLES, useHasRole } from '../permissions';

/** On the household page: where the file is in 精准识别, what may happen next, and the case page. */
export function IdentificationCard({ household: h }: { household: HouseholdDetail }) {
  const t = useIdentT();
  const { lang } = useLang();
  const navigate = useNavigate();
  if (!useHasRole(CASE_READ_ROLES)) return null;
  const next = allowedEvents(h.status);
  return (
    <Card size="small" title={t('id.case.card')} data-testid="identification-card">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <StatusTag value={h.status} />
          <Typography.Text type="secondary">{t('id.case.nextSteps')}:</Typography.Text>
          {next.length === 0
            ? t('id.case.noNextStep')
            : next.map((e) => <Tag key={e}>{labelIn(IdentificationEvent.labels[e], lang)}</Tag>)}
        </Space>
        <Button
          type="primary"
          onClick={() => navigate(`/identification/cases/${h.id}`)}
          data-testid="open-case"
        >
          {t('id.case.openCase')}
        </Button>
      </Flex>
    </Card>
  );
}
