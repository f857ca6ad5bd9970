import { formatDate, formatInstant, useLang } from '@bangfu/client';
import { READ_VERIFICATIONS_ROLES, VisitOutcome, VisitStatus } from '@bangfu/domain';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useVerifications } from '../api/use-oversight';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';

/** 志愿者核查: who visited the household, when, and what they found. Hidden from roles that may not read it. */
export function VerificationsCard({ householdId }: { householdId: string }) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const allowed = useHasRole(READ_VERIFICATIONS_ROLES);
  const visits = useVerifications(householdId, allowed);
  if (!allowed) return null;
  return (
    <Card size="small" title={t('id.verify.title')} data-testid="verifications-card">
      <StepErrorAlert error={visits.error} />
      {visits.data?.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('id.verify.none')} />
      )}
      {!!visits.data?.length && (
        <List
          size="small"
          dataSource={visits.data}
          renderItem={(v) => (
            <List.Item key={v.id} data-testid="verification" data-status={v.status}>
              <List.Item.Meta
                title={
                  <span>
                    {v.outcome ? (
                      <Tag color={v.outcome === 'CONFIRMED' ? 'green' : 'red'}>
                        {label(VisitOutcome, v.outcome)}
                      </Tag>
                    ) : (
                      <Tag>{label(VisitStatus, v.status)}</Tag>
                    )}
                    {v.volunteerName}
                    {v.association ? ` · ${v.association}` : ''}
                  </span>
                }
                description={
                  v.completedAt ? (
                    <>
                      {formatInstant(v.completedAt, lang)}
                      <Typography.Paragraph style={{ margin: 0 }}>{v.findings}</Typography.Paragraph>
                    </>
                  ) : (
                    t('id.verify.due', { date: formatDate(v.dueOn, lang) })
                  )
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
