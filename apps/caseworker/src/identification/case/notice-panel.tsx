import { formatDate, useLang } from '@bangfu/client';
import { NOTICE_ROLES, RECORD_REVIEW_ROLES } from '@bangfu/domain';
import { Alert, Card, Flex, List } from 'antd';
import type { ReviewInbox } from '../api/types';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';
import { HandleObjectionForm } from './handle-objection-form';
import { RecordObjectionForm } from './record-objection-form';

/**
 * 公示中: when it ends and the objections waiting. The case moves to higher review by itself once
 * the period is over and every objection is handled.
 */
export function NoticePanel({
  householdId,
  reviewInbox,
}: {
  householdId: string;
  reviewInbox: ReviewInbox | undefined;
}) {
  const t = useIdentT();
  const { lang } = useLang();
  const handles = useHasRole(RECORD_REVIEW_ROLES);
  const records = useHasRole(NOTICE_ROLES);
  const ending = reviewInbox?.noticesEndingSoon.find((n) => n.householdId === householdId);
  const objections = reviewInbox?.openObjections.filter((o) => o.householdId === householdId) ?? [];
  // The review inbox names the notice only when it ends soon or has an objection.
  const noticeId = ending?.noticeId ?? objections[0]?.noticeId;
  return (
    <Card size="small" title={t('id.notice.objections')} data-testid="notice-panel">
      <Flex vertical gap={8}>
        {ending && (
          <Alert
            type="warning"
            showIcon
            title={t('id.noticeEnds', { date: formatDate(ending.endDate, lang) })}
          />
        )}
        <Alert type="info" showIcon title={t('id.notice.waitEnd')} />
        {objections.length === 0 ? (
          <span data-testid="no-objections">{t('id.notice.noObjections')}</span>
        ) : (
          <List
            dataSource={objections}
            renderItem={(o) => (
              <List.Item key={o.objectionId} data-testid="objection">
                {formatDate(o.receivedOn, lang)}
                {handles && <HandleObjectionForm objectionId={o.objectionId} />}
              </List.Item>
            )}
          />
        )}
        {records && noticeId && <RecordObjectionForm noticeId={noticeId} />}
      </Flex>
    </Card>
  );
}
