import { AssessmentDecision, DecideAssessmentSchema, HardshipCategory } from '@bangfu/domain';
import { Form, Input, Radio, Select } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useDecideAssessment } from '../api/use-case-steps';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

interface Values {
  decision: AssessmentDecision;
  decidedCategory?: HardshipCategory;
  reason: string;
}

/** 认定: a person decides on the calculator's proposal (PIPL art. 24), seeing its explanation. */
export function DecideAssessmentForm({
  householdId,
  version,
  onReload,
  proposed,
}: StepProps & { proposed: HardshipCategory | null }) {
  const t = useIdentT();
  const label = useEnumLabel();
  const decide = useDecideAssessment();
  const { form, general, submit } = useStepForm({
    schema: DecideAssessmentSchema,
    fields: ['decision', 'decidedCategory', 'reason'],
    toInput: (v: Values) => ({ householdId, expectedVersion: version, ...v }),
    run: (input) => decide.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.decide.title')}
      testId="decide-form"
      form={form}
      initialValues={{ decision: proposed ? 'PROCEED' : 'REJECT', decidedCategory: proposed ?? undefined }}
      general={general}
      error={decide.error}
      pending={decide.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <Form.Item name="decision" label={t('id.prelim.decision')} required>
        <Radio.Group
          data-testid="decide-decision"
          options={AssessmentDecision.values.map((d) => ({ value: d, label: label(AssessmentDecision, d) }))}
        />
      </Form.Item>
      <Form.Item name="decidedCategory" label={t('id.decide.category')}>
        <Select
          allowClear
          data-testid="decide-category"
          options={HardshipCategory.values.map((c) => ({ value: c, label: label(HardshipCategory, c) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('id.step.reason')} required>
        <Input.TextArea rows={2} maxLength={1000} data-testid="decide-reason" />
      </Form.Item>
    </StepFormShell>
  );
}
