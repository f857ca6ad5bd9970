import { DecideSchema, HigherReviewDecision } from '@bangfu/domain';
import { Checkbox, Form, Input, Radio } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useHigherReview } from '../api/use-case-steps';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

interface Values {
  decision: HigherReviewDecision;
  reason: string;
  stamped: boolean;
}

/** 上级审核: approve with the stamp (issues the file number), return to the filing union, or reject. */
export function HigherReviewForm({ householdId, version, onReload }: StepProps) {
  const t = useIdentT();
  const label = useEnumLabel();
  const decide = useHigherReview();
  const { form, general, submit } = useStepForm({
    schema: DecideSchema,
    fields: ['decision', 'reason', 'stamped'],
    toInput: (v: Values) => ({
      householdId,
      expectedVersion: version,
      decision: v.decision,
      reason: v.reason ?? '',
      stamped: !!v.stamped,
    }),
    run: (input) => decide.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.higher.title')}
      testId="higher-form"
      form={form}
      initialValues={{ decision: 'APPROVE', stamped: false }}
      general={general}
      error={decide.error}
      pending={decide.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <Form.Item name="decision" label={t('id.higher.decision')} required>
        <Radio.Group
          data-testid="higher-decision"
          options={HigherReviewDecision.values.map((d) => ({
            value: d,
            label: label(HigherReviewDecision, d),
          }))}
        />
      </Form.Item>
      <Form.Item name="stamped" valuePropName="checked">
        <Checkbox data-testid="higher-stamped">{t('id.higher.stamped')}</Checkbox>
      </Form.Item>
      <Form.Item name="reason" label={t('id.step.reason')}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="higher-reason" />
      </Form.Item>
    </StepFormShell>
  );
}
