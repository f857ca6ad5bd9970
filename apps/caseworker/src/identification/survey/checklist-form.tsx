import { RecordChecklistSchema } from '@bangfu/domain';
import { useRecordChecklist } from '../api/use-survey-steps';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import { ChecklistFields, type ChecklistValues, toChecklist } from './checklist-fields';

/** 四看法: the whole checklist at once, recorded by a surveyor. */
export function ChecklistForm({ surveyId, onReload }: { surveyId: string; onReload: () => void }) {
  const t = useIdentT();
  const record = useRecordChecklist();
  const { form, general, submit } = useStepForm({
    schema: RecordChecklistSchema,
    fields: ['checklist'],
    toInput: (v: { checklist: ChecklistValues }) => ({ surveyId, checklist: toChecklist(v.checklist) }),
    run: (input) => record.mutateAsync(input),
  });
  return (
    <StepFormShell<{ checklist: ChecklistValues }>
      title={t('id.survey.checklist')}
      testId="checklist-form"
      form={form}
      general={general}
      error={record.error}
      pending={record.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <ChecklistFields prefix={['checklist']} />
    </StepFormShell>
  );
}
