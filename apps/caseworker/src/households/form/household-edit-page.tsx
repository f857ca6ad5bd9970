import { useLang } from '@bangfu/client';
import { canEditHousehold, HouseholdUpdateSchema } from '@bangfu/domain';
import { App, Card, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { HouseholdDetail } from '../../api/types';
import { useHousehold } from '../../api/use-households';
import { useUpdateHousehold } from '../../api/use-save-household';
import { useCurrentUser } from '../../auth/current-user';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useT } from '../../i18n/use-t';
import { fromDetail } from './form-values';
import { EDIT_FIELDS, HouseholdForm } from './household-form';
import { NotAllowed } from './not-allowed';
import { SaveErrorAlert } from './save-error-alert';
import { validateHousehold } from './validate-household';

export function HouseholdEditPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const household = useHousehold(id);
  const update = useUpdateHousehold();
  // The version being edited is pinned: a background refetch must not swap the form under the user.
  const [pinned, setPinned] = useState<HouseholdDetail | null>(null);
  const [reloading, setReloading] = useState(false);
  const base = pinned?.id === id ? pinned : household.data;

  if (!canEditHousehold(me.roles)) return <NotAllowed />;
  if (household.isError && !base) {
    return (
      <QueryError error={household.error} notFoundText={t('notFound')} onRetry={() => household.refetch()} />
    );
  }
  if (!base) return <PageLoading />;
  if (pinned !== base) setPinned(base);

  const reload = async () => {
    setReloading(true);
    const fresh = await household.refetch();
    setReloading(false);
    if (fresh.data) {
      update.reset();
      setPinned(fresh.data);
    }
  };

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('editTitle')} {base.fileNo ? `· ${base.fileNo}` : ''}
      </Typography.Title>
      <HouseholdForm
        key={`${base.id}:${base.version}`}
        initialValues={fromDetail(base)}
        showOrg={false}
        validate={(values) =>
          validateHousehold(
            HouseholdUpdateSchema,
            values,
            { id: base.id, version: base.version },
            EDIT_FIELDS,
            lang,
            t,
          )
        }
        onValid={(input) =>
          update.mutateAsync(input).then(() => {
            message.success(t('saved'));
            navigate(`/households/${base.id}`);
          })
        }
        saving={update.isPending}
        errorAlert={<SaveErrorAlert error={update.error} onReload={reload} reloading={reloading} />}
        onCancel={() => navigate(`/households/${base.id}`)}
      />
    </Card>
  );
}
