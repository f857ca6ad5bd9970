import { useLang } from '@bangfu/client';
import { PositionUpdateSchema } from '@bangfu/domain';
import { App, Card, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useT } from '../../i18n/use-t';
import type { PositionDetail } from '../api/types';
import { usePosition, useUpdatePosition } from '../api/use-positions';
import { ActionErrorAlert } from '../components/action-error-alert';
import { EmploymentNotAllowed } from '../components/not-allowed';
import { validateDraft } from '../form/validate';
import { useCanEditEmployment } from '../permissions';
import { PositionForm } from './position-form';
import { fromPosition, POSITION_FIELDS, positionFieldOf, toPositionDraft } from './position-form-values';

export function PositionEditPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canEdit = useCanEditEmployment();
  const position = usePosition(id);
  const update = useUpdatePosition();
  // The version being edited is pinned: a background refetch must not swap the form under the user.
  const [pinned, setPinned] = useState<PositionDetail | null>(null);
  const [reloading, setReloading] = useState(false);
  const base = pinned?.id === id ? pinned : position.data;

  if (!canEdit) return <EmploymentNotAllowed />;
  if (position.isError && !base) {
    return (
      <QueryError
        error={position.error}
        notFoundText={t('emp.positions.notFound')}
        onRetry={() => position.refetch()}
      />
    );
  }
  if (!base) return <PageLoading />;
  if (pinned !== base) setPinned(base);

  const reload = async () => {
    setReloading(true);
    const fresh = await position.refetch();
    setReloading(false);
    if (fresh.data) {
      update.reset();
      setPinned(fresh.data);
    }
  };

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('emp.positions.editTitle')} · {base.title}
      </Typography.Title>
      <PositionForm
        key={`${base.id}:${base.version}`}
        initialValues={fromPosition(base)}
        lockEmployer
        validate={(values) => {
          const { draft, problems } = toPositionDraft(values);
          const full = {
            ...draft,
            id: base.id,
            version: base.version,
            trainingCourseId: base.trainingCourseId,
          };
          return validateDraft(
            PositionUpdateSchema,
            full,
            problems,
            positionFieldOf,
            POSITION_FIELDS,
            lang,
            t,
          );
        }}
        onValid={(input) =>
          update.mutateAsync(input).then(() => {
            message.success(t('emp.saved'));
            navigate(`/employment/positions/${base.id}`);
          })
        }
        saving={update.isPending}
        errorAlert={<ActionErrorAlert error={update.error} onReload={reload} reloading={reloading} />}
        onCancel={() => navigate(`/employment/positions/${base.id}`)}
      />
    </Card>
  );
}
