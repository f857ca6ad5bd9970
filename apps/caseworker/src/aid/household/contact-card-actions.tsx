import { IdcardOutlined } from '@ant-design/icons';
import { formatInstant, useLang } from '@bangfu/client';
import { App, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCardHistory, useIssueCard } from '../api/use-portal-staff';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';
import { CARD_ROLES, useHasAidRole } from '../permissions';
import { MyPhoneModal } from './my-phone-modal';

const STATE_COLOR = { LIVE: 'blue', USED: 'green', REVOKED: 'default' } as const;

/**
 * 帮扶联系卡: issued once the plan is signed; a reprint revokes the earlier code. The new code
 * travels to the print page in router state only (never in the URL).
 */
export function ContactCardActions({
  householdId,
  planSigned,
}: {
  householdId: string;
  planSigned: boolean;
}) {
  const t = useAidT();
  const { lang } = useLang();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const allowed = useHasAidRole(CARD_ROLES);
  const history = useCardHistory(householdId, allowed);
  const issue = useIssueCard();
  const [editingPhone, setEditingPhone] = useState(false);
  if (!allowed) return null;
  const cards = history.data ?? [];
  const reprint = cards.length > 0;
  const go = () =>
    issue.mutate(
      { householdId },
      { onSuccess: (card) => navigate(`/aid/cards/${householdId}/print`, { state: { card } }) },
    );
  const onClick = () =>
    reprint ? modal.confirm({ title: t('aid.contact.reprintConfirm'), onOk: go }) : go();
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <Tooltip title={planSigned ? undefined : t('aid.contact.needsPlan')}>
          <Button
            icon={<IdcardOutlined />}
            disabled={!planSigned}
            loading={issue.isPending}
            onClick={onClick}
            data-testid="contact-card-issue"
          >
            {reprint ? t('aid.contact.reprint') : t('aid.contact.issue')}
          </Button>
        </Tooltip>
        <Button type="link" onClick={() => setEditingPhone(true)} data-testid="my-phone-open">
          {t('aid.contact.myPhone')}
        </Button>
        {cards.length > 0 && <Typography.Text type="secondary">{t('aid.contact.history')}:</Typography.Text>}
        {cards.slice(0, 5).map((c) => (
          <Tag key={c.cardId} color={STATE_COLOR[c.state]} data-testid="contact-card-history">
            {t(`aid.contact.state.${c.state}`)} ·{' '}
            {t('aid.contact.issuedBy', { date: formatInstant(c.issuedAt, lang), name: c.issuedBy })}
          </Tag>
        ))}
      </Flex>
      <AidErrorAlert error={issue.error} />
      {editingPhone && <MyPhoneModal onClose={() => setEditingPhone(false)} />}
    </Flex>
  );
}
