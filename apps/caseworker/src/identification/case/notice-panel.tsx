import { formatDate, useLang } from '@bangfu/client';
import { NOTICE_READ_ROLES, NOTICE_ROLES, NoticeStatus, RECORD_REVIEW_ROLES } from '@bangfu/domain';
import { Alert, Card, Flex, List, Spin } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useCaseNotices } from '../api/use-notices';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';
import { ObjectionItem } from './objection-item';
import { RecordObjectionForm } from './record-objection-form';

/**
 * 公示中: the current notice, its days left and every objection, with the forms to record one and
 * to handle the open ones. The case moves to higher review by itself once the period is over and
 * every objection is handled.
 */
export function NoticePanel({ householdId }: { householdId: string }) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const handles = useHasRole(RECORD_REVIEW_ROLES);
  const records = useHasRole(NOTICE_ROLES);
  const notices = useCaseNotices(householdId, useHasRole(NOTICE_READ_ROLES));
  const all = notices.data?.notices ?? [];
  const current = all.find((n) => n.status === 'OPEN');
  const past = all.filter((n) => n !== current);
  return (
    <Card size="small" title={t('id.notice.objections')} data-testid="notice-panel">
      <Flex vertical gap={8}>
        {notices.isPending && notices.fetchStatus !== 'idle' && <Spin />}
        <StepErrorAlert error={notices.error} />
        {current && (
          <Alert
            type={current.workingDaysLeft <= 2 ? 'warning' : 'info'}
            showIcon
            data-testid="current-notice"
            data-days-left={current.workingDaysLeft}
            title={t('id.notice.current', {
              start: formatDate(current.startDate, lang),
              end: formatDate(current.endDate, lang),
              days: current.workingDaysLeft,
            })}
          />
        )}
        <Alert type="info" showIcon title={t('id.notice.waitEnd')} />
        {current && current.objections.length === 0 && (
          <span data-testid="no-objections">{t('id.notice.noObjections')}</span>
        )}
        {current && current.objections.length > 0 && (
          <List
            dataSource={current.objections}
            renderItem={(o) => (
              <List.Item key={o.id}>
                <ObjectionItem objection={o} handles={handles} />
              </List.Item>
            )}
          />
        )}
        {records && current && <RecordObjectionForm noticeId={current.id} />}
        {past.length > 0 && (
          <List
            size="small"
            header={t('id.notice.past')}
            dataSource={past}
            renderItem={(n) => (
              <List.Item key={n.id} data-testid="past-notice">
                {formatDate(n.startDate, lang)} – {formatDate(n.endDate, lang)} ·{' '}
                {label(NoticeStatus, n.status)}
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
