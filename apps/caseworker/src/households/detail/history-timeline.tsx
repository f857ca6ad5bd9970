import { formatInstant, labelIn, useLang } from '@bangfu/client';
import { REVEAL_PURPOSE_LABELS, type RevealPurpose, Role } from '@bangfu/domain';
import { Empty, Timeline, Typography } from 'antd';
import type { HistoryEntry, HouseholdMember } from '../../api/types';
import { useHouseholdHistory } from '../../api/use-households';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { type CaseworkerMessageKey, caseworkerMessages, useT } from '../../i18n/use-t';
import { HistoryChanges } from './history-changes';

const isReveal = (action: string) => action.includes('.reveal_');

function colorOf(action: string): string {
  if (isReveal(action)) return 'orange';
  if (action.endsWith('.create')) return 'green';
  return 'blue';
}

/** The file's audit trail, newest first: who did what, why (for reveals), and what changed. */
export function HistoryTimeline({
  householdId,
  members,
}: {
  householdId: string;
  members: HouseholdMember[];
}) {
  const t = useT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const history = useHouseholdHistory(householdId);
  if (history.isPending) return <PageLoading />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => history.refetch()} />;
  if (history.data.length === 0)
    return <Empty description={t('historyEmpty')} data-testid="history-timeline" />;

  const actionLabel = (action: string) => {
    const key = `action.${action}`;
    return key in caseworkerMessages ? t(key as CaseworkerMessageKey) : action;
  };
  const purposeLabel = (p: string) =>
    p in REVEAL_PURPOSE_LABELS ? labelIn(REVEAL_PURPOSE_LABELS[p as RevealPurpose], lang) : p;
  // A reveal records which member's number was shown, not a change: name the member instead.
  const revealedMember = (e: HistoryEntry) => {
    const memberId = e.subject?.memberId;
    const member = members.find((m) => m.id === memberId);
    return member ? `　${t('historyMemberName', { name: member.name })}` : '';
  };
  const actor = (e: HistoryEntry) =>
    [e.actorName ?? t('historySystem'), e.actorRole ? label(Role, e.actorRole) : null]
      .filter(Boolean)
      .join(' · ');

  const items = [...history.data]
    .sort((a, b) => b.seq - a.seq)
    .map((e) => ({
      key: e.seq,
      color: colorOf(e.action),
      content: (
        <div data-testid="history-entry" data-action={e.action}>
          <Typography.Text type="secondary">{formatInstant(e.at, lang)}　</Typography.Text>
          <Typography.Text strong>{actionLabel(e.action)}</Typography.Text>
          <Typography.Text type="secondary">
            {'　'}
            {t('historyBy', { name: actor(e) })}
            {e.purpose ? `　${t('historyPurpose', { purpose: purposeLabel(e.purpose) })}` : ''}
            {isReveal(e.action) ? revealedMember(e) : ''}
          </Typography.Text>
          {!isReveal(e.action) && <HistoryChanges changes={e.changes} />}
        </div>
      ),
    }));
  return (
    <div data-testid="history-timeline">
      <Timeline items={items} />
    </div>
  );
}
