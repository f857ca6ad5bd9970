import { useLang } from '@bangfu/client';
import { canEditHousehold, HouseholdCreateSchema, MANAGE_DYNAMIC_ROLES } from '@bangfu/domain';
import { App, Card, Result, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCreateHousehold } from '../../api/use-save-household';
import { useCurrentUser } from '../../auth/current-user';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { emptyHousehold, type HouseholdFormValues, newMember } from '../../households/form/form-values';
import { CREATE_FIELDS, HouseholdForm } from '../../households/form/household-form';
import { SaveErrorAlert } from '../../households/form/save-error-alert';
import { validateHousehold } from '../../households/form/validate-household';
import { useT } from '../../i18n/use-t';
import type { Referral } from '../api/types';
import { useConvertReferral, useReferrals } from '../api/use-oversight';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';

/** The household form, prefilled from what the volunteer reported; the head's phone is asked again. */
function prefill(r: Referral): HouseholdFormValues {
  return {
    ...emptyHousehold(r.orgId),
    address: r.addressNote,
    causeNote: r.reason,
    members: [{ ...newMember('SELF'), name: r.personName }],
  };
}

/** 转为建档申请: files a draft household from a referral, links the two, and opens the case. */
export function ConvertReferralPage() {
  const { referralId = '' } = useParams();
  const [params] = useSearchParams();
  const me = useCurrentUser();
  const t = useIdentT();
  const tHouse = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const allowed = useHasRole(MANAGE_DYNAMIC_ROLES) && canEditHousehold(me.roles);
  const referrals = useReferrals(params.get('org') ?? me.org.id, allowed);
  const create = useCreateHousehold();
  const convert = useConvertReferral();
  const referral = referrals.data?.find((r) => r.id === referralId);
  const initialValues = useMemo(() => (referral ? prefill(referral) : null), [referral]);
  if (!allowed) return <IdentNotAllowed />;
  if (referrals.error) return <QueryError error={referrals.error} onRetry={() => referrals.refetch()} />;
  if (!referrals.data) return <PageLoading />;
  if (!referral || !initialValues || referral.status !== 'NEW')
    return <Result status="404" title={t('notFound')} />;
  const save = async (input: Parameters<typeof create.mutateAsync>[0]) => {
    const { id } = await create.mutateAsync(input);
    await convert.mutateAsync({ referralId, householdId: id, expectedVersion: referral.version });
    message.success(t('id.referrals.converted'));
    navigate(`/identification/cases/${id}`);
  };
  return (
    <Card data-testid="convert-referral-page">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('id.referrals.convertTitle', { name: referral.personName })}
      </Typography.Title>
      <HouseholdForm
        initialValues={initialValues}
        showOrg
        validate={(values) =>
          validateHousehold(
            HouseholdCreateSchema,
            values,
            { orgId: values.orgId },
            CREATE_FIELDS,
            lang,
            tHouse,
          )
        }
        onValid={save}
        saving={create.isPending || convert.isPending}
        errorAlert={<SaveErrorAlert error={create.error ?? convert.error} />}
        onCancel={() => navigate('/identification/referrals')}
      />
    </Card>
  );
}
