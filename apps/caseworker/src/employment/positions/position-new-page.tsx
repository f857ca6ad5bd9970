import { useLang } from '@bangfu/client';
import { PositionInputSchema } from '@bangfu/domain';
import { App, Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import { useCreatePosition } from '../api/use-positions';
import { ActionErrorAlert } from '../components/action-error-alert';
import { EmploymentNotAllowed } from '../components/not-allowed';
import { validateDraft } from '../form/validate';
import { useCanEditEmployment } from '../permissions';
import { PositionForm } from './position-form';
import { emptyPosition, POSITION_FIELDS, positionFieldOf, toPositionDraft } from './position-form-values';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 发布岗位 (?employer=<id> preselects the employer). */
export function PositionNewPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const canEdit = useCanEditEmployment();
  const create = useCreatePosition();
  const employer = params.get('employer');
  const initialValues = useMemo(
    () => emptyPosition(employer && UUID.test(employer) ? employer : undefined),
    [employer],
  );
  if (!canEdit) return <EmploymentNotAllowed />;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('emp.positions.newTitle')}
      </Typography.Title>
      <PositionForm
        initialValues={initialValues}
        validate={(values) => {
          const { draft, problems } = toPositionDraft(values);
          return validateDraft(
            PositionInputSchema,
            draft,
            problems,
            positionFieldOf,
            POSITION_FIELDS,
            lang,
            t,
          );
        }}
        onValid={(input) =>
          create.mutateAsync({ ...input, trainingCourseId: null }).then(({ id }) => {
            message.success(t('emp.created'));
            navigate(`/employment/positions/${id}`);
          })
        }
        saving={create.isPending}
        errorAlert={<ActionErrorAlert error={create.error} />}
        onCancel={() => navigate(-1)}
      />
    </Card>
  );
}
