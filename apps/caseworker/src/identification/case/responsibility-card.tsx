import { Card, Descriptions } from 'antd';
import type { Responsibility, StaffRef } from '../api/types';
import { useIdentT } from '../i18n/use-ident-t';

const names = (refs: (StaffRef | null)[]) =>
  refs
    .filter((r): r is StaffRef => r !== null)
    .map((r) => r.name)
    .join('、') || '—';

/** 责任链: 谁调查、谁登记、谁认定、谁审核 — who answers for each part of the file. */
export function ResponsibilityCard({
  responsibility: r,
  orgName,
}: {
  responsibility: Responsibility;
  orgName: string;
}) {
  const t = useIdentT();
  return (
    <Card size="small" title={t('id.case.responsibility')} data-testid="responsibility">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('id.case.surveyors')}>
          <span data-testid="resp-surveyors">{names(r.surveyors)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('id.case.registrar')}>
          <span data-testid="resp-registrar">{names([r.registrar])}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('id.case.assessor')}>
          <span data-testid="resp-assessor">{names([r.assessor])}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('id.case.reviewer')}>
          <span data-testid="resp-approver">{names([r.approver])}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('id.case.responsible')}>
          <span data-testid="resp-org">{orgName}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
