import { AssignResurveySchema } from '@bangfu/domain';
import { Form } from 'antd';
import { useAssignResurvey } from '../api/use-case-steps';
import { StaffSelect } from '../components/staff-select';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

/** 重新调查: a file sent back by the income check or an upheld objection gets surveyors again. */
export function ResurveyForm({ householdId, version, onReload }: StepProps) {
  const t = useIdentT();
  const assign = useAssignResurvey();
  const { form, general, submit } = useStepForm({
    schema: AssignResurveySchema,
    fields: ['surveyorIds'],
    toInput: (v: { surveyorIds: string[] }) => ({
      householdId,
      expectedVersion: version,
      surveyorIds: v.surveyorIds ?? [],
    }),
    run: (input) => assign.mutateAsync(input),
  });
  return (
    <StepFormShell<{ surveyorIds: string[] }>
      title={t('id.resurvey.title')}
      testId="resurvey-form"
      form={form}
      initialValues={{ surveyorIds: [] }}
      general={general}
      error={assign.error}
      pending={assign.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <Form.Item
        name="surveyorIds"
        label={t('id.prelim.surveyors')}
        extra={t('id.prelim.surveyorsHint')}
        required
      >
        <StaffSelect staffRole="caseworker" testId="resurvey-surveyors" />
      </Form.Item>
    </StepFormShell>
  );
}
