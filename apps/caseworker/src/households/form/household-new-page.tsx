import { useLang } from '@bangfu/client';
import { canEditHousehold, HouseholdCreateSchema } from '@bangfu/domain';
import { App, Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useCreateHousehold } from '../../api/use-save-household';
import { useCurrentUser } from '../../auth/current-user';
import { useT } from '../../i18n/use-t';
import { emptyHousehold } from './form-values';
import { CREATE_FIELDS, HouseholdForm } from './household-form';
import { NotAllowed } from './not-allowed';
import { SaveErrorAlert } from './save-error-alert';
import { validateHousehold } from './validate-household';

export function HouseholdNewPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const create = useCreateHousehold();
  const initialValues = useMemo(() => emptyHousehold(me.org.id), [me.org.id]);
  if (!canEditHousehold(me.roles)) return <NotAllowed />;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('newTitle')}
      </Typography.Title>
      <HouseholdForm
        initialValues={initialValues}
        showOrg
        validate={(values) =>
          validateHousehold(HouseholdCreateSchema, values, { orgId: values.orgId }, CREATE_FIELDS, lang, t)
        }
        onValid={(input) =>
          create.mutateAsync(input).then(({ id }) => {
            message.success(t('saved'));
            navigate(`/households/${id}`);
          })
        }
        saving={create.isPending}
        errorAlert={<SaveErrorAlert error={create.error} />}
        onCancel={() => navigate('/households')}
      />
    </Card>
  );
}
