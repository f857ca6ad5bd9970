import { AidPlanSaveDraftSchema, type HardshipCause } from '@bangfu/domain';
import { Alert, App, Col, Form, InputNumber, Modal, Row } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import type { AidPlan } from '../api/types';
import { useSaveDraftPlan } from '../api/use-plans';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidForm } from '../components/use-aid-form';
import { useAidT } from '../i18n/use-aid-t';
import { CadreSelect } from './cadre-select';
import { MeasureFields } from './measure-fields';
import { draftPathOf, initialDraftValues, type PlanDraftValues, toDraftInput } from './plan-draft-values';

interface PlanDraftModalProps {
  householdId: string;
  mainCause: HardshipCause;
  /** The draft being edited (its version guards the save), else the plan in force to revise. */
  draft: AidPlan | null;
  current: AidPlan | null;
  thisYear: number;
  onClose: () => void;
}

/** 制定/编辑计划草稿: measures from the catalogue, each tied to a cause, with a cadre and target dates. */
export function PlanDraftModal({
  householdId,
  mainCause,
  draft,
  current,
  thisYear,
  onClose,
}: PlanDraftModalProps) {
  const t = useAidT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const save = useSaveDraftPlan();
  const base = draft ?? current;
  const { form, general, submit } = useAidForm({
    schema: AidPlanSaveDraftSchema,
    toDraft: (v: PlanDraftValues) => toDraftInput(v, householdId, draft?.version, t('money')),
    pathOf: draftPathOf,
    onValid: (input) =>
      save.mutateAsync(input).then(() => {
        message.success(t('aid.plan.saved'));
        onClose();
      }),
  });
  return (
    <Modal
      open
      width={820}
      title={draft ? t('aid.plan.edit') : current ? t('aid.plan.revise') : t('aid.plan.new')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'plan-save' }}
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PlanDraftValues>
        form={form}
        layout="vertical"
        initialValues={initialDraftValues(base, me, mainCause, thisYear)}
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="responsibleCadreId" label={t('aid.plan.cadre')} required>
              <CadreSelect
                current={base ? { id: base.responsibleCadreId, name: base.responsibleCadreName } : undefined}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="plannedExitYear" label={t('aid.plan.exitYear')} required>
              <InputNumber min={2016} max={2100} style={{ width: '100%' }} data-testid="plan-exit-year" />
            </Form.Item>
          </Col>
        </Row>
        <MeasureFields defaultCause={mainCause} />
        {general.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('fixErrors')}
            description={general.join('；')}
            style={{ marginTop: 12 }}
          />
        )}
        <div style={{ marginTop: 12 }}>
          <AidErrorAlert error={save.error} />
        </div>
      </Form>
    </Modal>
  );
}
