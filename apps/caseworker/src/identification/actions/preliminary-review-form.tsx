import { PreliminaryDecision, PreliminaryReviewSchema } from '@bangfu/domain';
import { Form, Input, Radio } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { usePreliminaryReview } from '../api/use-case-steps';
import { StaffSelect } from '../components/staff-select';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

interface Values {
  decision: PreliminaryDecision;
  reason?: string;
  surveyorIds: string[];
}

/** 初审: pass with at least two surveyors assigned, or return for missing materials. */
export function PreliminaryReviewForm({ householdId, version, onReload }: StepProps) {
  const t = useIdentT();
  const label = useEnumLabel();
  const review = usePreliminaryReview();
  const { form, general, submit } = useStepForm({
    schema: PreliminaryReviewSchema,
    fields: ['decision', 'reason', 'surveyorIds'],
    toInput: (v: Values) => ({
      householdId,
      expectedVersion: version,
      decision: v.decision,
      reason: v.reason,
      surveyorIds: v.decision === 'PASS' ? (v.surveyorIds ?? []) : [],
    }),
    run: (input) => review.mutateAsync(input),
  });
  const decision = Form.useWatch('decision', form);
  return (
    <StepFormShell<Values>
      title={t('id.prelim.title')}
      testId="prelim-form"
      form={form}
      initialValues={{ decision: 'PASS', surveyorIds: [] }}
      general={general}
      error={review.error}
      pending={review.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <Form.Item name="decision" label={t('id.prelim.decision')} required>
        <Radio.Group
          data-testid="prelim-decision"
          options={PreliminaryDecision.values.map((d) => ({
            value: d,
            label: label(PreliminaryDecision, d),
          }))}
        />
      </Form.Item>
      {decision !== 'RETURN' && (
        <Form.Item
          name="surveyorIds"
          label={t('id.prelim.surveyors')}
          extra={t('id.prelim.surveyorsHint')}
          required
        >
          <StaffSelect staffRole="caseworker" testId="prelim-surveyors" />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('id.step.reason')} required={decision === 'RETURN'}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="prelim-reason" />
      </Form.Item>
    </StepFormShell>
  );
}
