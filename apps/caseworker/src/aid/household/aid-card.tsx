import { AID_ELIGIBLE_STATUSES } from '@bangfu/domain';
import { Alert, Card, Divider, Spin } from 'antd';
import type { HouseholdDetail } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { useHouseholdPlans } from '../api/use-plans';
import { useAidT } from '../i18n/use-aid-t';
import { READ_AID_ROLES, useHasAidRole } from '../permissions';
import { ContactCardActions } from './contact-card-actions';
import { HouseholdPayments } from './household-payments';
import { PlanSection } from './plan-section';

/** 帮扶 on the household page: the plan, the contact card and the payments of this household. */
export function AidCard({ household: h }: { household: HouseholdDetail }) {
  const t = useAidT();
  const allowed = useHasAidRole(READ_AID_ROLES);
  const plans = useHouseholdPlans(h.id, allowed);
  if (!allowed) return null;
  const eligible = AID_ELIGIBLE_STATUSES.includes(h.status);
  const head = h.members.find((m) => m.relation === 'SELF') ?? h.members[0];
  const hasPlans = (plans.data?.history.length ?? 0) > 0;
  return (
    <Card size="small" title={t('aid.card.title')} data-testid="aid-card">
      {plans.isPending && <Spin />}
      {plans.isError && <QueryError error={plans.error} onRetry={() => plans.refetch()} />}
      {plans.data && !eligible && !hasPlans && <Alert type="info" showIcon title={t('aid.card.notFiled')} />}
      {plans.data && (eligible || hasPlans) && (
        <>
          <PlanSection
            householdId={h.id}
            plans={plans.data}
            mainCause={h.mainCause}
            headName={head?.name ?? ''}
            eligible={eligible}
          />
          <Divider style={{ margin: '12px 0' }} />
          <ContactCardActions householdId={h.id} planSigned={plans.data.current !== null} />
          <Divider style={{ margin: '12px 0' }} />
          <HouseholdPayments householdId={h.id} plan={plans.data.current} />
        </>
      )}
    </Card>
  );
}
