import { formatDate, useLang } from '@bangfu/client';
import { ObjectionChannel, ObjectionStatus } from '@bangfu/domain';
import { Flex, Tag, Typography } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { CaseObjection } from '../api/types';
import { useIdentT } from '../i18n/use-ident-t';
import { HandleObjectionForm } from './handle-objection-form';

const COLOUR: Record<ObjectionStatus, string> = { OPEN: 'orange', UPHELD: 'red', DISMISSED: 'green' };

/** One objection: when and how it came, what it says, and how it was handled (or the form to). */
export function ObjectionItem({ objection: o, handles }: { objection: CaseObjection; handles: boolean }) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  return (
    <Flex vertical gap={4} data-testid="objection" data-status={o.status} style={{ width: '100%' }}>
      <span>
        <Tag color={COLOUR[o.status]}>{label(ObjectionStatus, o.status)}</Tag>
        {formatDate(o.receivedOn, lang)} · {label(ObjectionChannel, o.channel)}
      </span>
      <Typography.Text data-testid="objection-summary">{o.summary}</Typography.Text>
      {o.handling && (
        <Typography.Text type="secondary" data-testid="objection-handling">
          {t('id.notice.handledBy', { name: o.handledByName ?? '—', handling: o.handling })}
        </Typography.Text>
      )}
      {o.status === 'OPEN' && handles && <HandleObjectionForm objectionId={o.id} />}
    </Flex>
  );
}
