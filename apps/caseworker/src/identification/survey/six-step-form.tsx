import { labelIn, useLang } from '@bangfu/client';
import { RecordSurveyStepSchema, SIX_STEPS, type SixStepCode } from '@bangfu/domain';
import type { Dayjs } from 'dayjs';
import { useRecordSurveyStep } from '../api/use-survey-steps';
import { isoDate, today } from '../components/dates';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import { type ChecklistValues, toChecklist } from './checklist-fields';
import { type ClassificationValues, toClassificationInput } from './classification-values';
import { SixStepFields } from './six-step-fields';

type Data = Record<string, unknown> & {
  visitedOn?: Dayjs;
  meetingOn?: Dayjs;
  checklist?: ChecklistValues;
  input?: ClassificationValues;
};

interface SixStepFormProps {
  surveyId: string;
  code: SixStepCode;
  surveyorIds: string[];
  classification: ClassificationValues;
  onReload: () => void;
}

/** What a step records, as the schema wants it (dates as text, amounts in fen). */
function toStepData(code: SixStepCode, d: Data, surveyorIds: string[]): unknown {
  switch (code) {
    case 'ENTER':
      return { ...d, visitedOn: isoDate(d.visitedOn), surveyorIds, householdPresent: !!d.householdPresent };
    case 'LOOK':
      return { checklist: toChecklist(d.checklist) };
    case 'CALCULATE':
      return { input: toClassificationInput(d.input) };
    case 'DELIBERATE':
      return { ...d, meetingOn: isoDate(d.meetingOn) };
    default:
      return d;
  }
}

function initialData(code: SixStepCode, classification: ClassificationValues): Data {
  switch (code) {
    case 'ENTER':
      return { visitedOn: today(), householdPresent: true };
    case 'CALCULATE':
      return { input: classification };
    case 'COMPARE':
      return { neighbours: 'LOWER' };
    case 'VERIFY':
      return { checks: [{ source: 'CIVIL_AFFAIRS_INCOME', result: 'PENDING' }] };
    case 'DELIBERATE':
      return { meetingOn: today(), attendees: 1, votesFor: 1, votesAgainst: 0, conclusion: 'AGREE' };
    default:
      return {};
  }
}

/** One 六步法 step, the next in order, recorded by the signed-in surveyor. */
export function SixStepForm({ surveyId, code, surveyorIds, classification, onReload }: SixStepFormProps) {
  const t = useIdentT();
  const { lang } = useLang();
  const record = useRecordSurveyStep();
  const step = SIX_STEPS.find((s) => s.code === code);
  const { form, general, submit } = useStepForm({
    schema: RecordSurveyStepSchema,
    fields: ['data'],
    toInput: (v: { data: Data }) => ({
      surveyId,
      stepCode: code,
      data: toStepData(code, v.data ?? {}, surveyorIds),
    }),
    run: (input) => record.mutateAsync(input),
  });
  return (
    <StepFormShell<{ data: Data }>
      title={t('id.survey.recordStep', { no: step?.no ?? 0, label: step ? labelIn(step.label, lang) : code })}
      testId={`six-step-${code}`}
      form={form}
      initialValues={{ data: initialData(code, classification) }}
      general={general}
      error={record.error}
      pending={record.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      {step && <p style={{ color: '#666', marginTop: 0 }}>{labelIn(step.records, lang)}</p>}
      <SixStepFields code={code} />
    </StepFormShell>
  );
}
