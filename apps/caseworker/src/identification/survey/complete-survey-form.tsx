import { CompleteSurveySchema, type SurveyMethod } from '@bangfu/domain';
import { Typography } from 'antd';
import { useCompleteSurvey } from '../api/use-survey-steps';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import { ClassificationFields } from './classification-fields';
import { type ClassificationValues, toClassificationInput } from './classification-values';

interface CompleteSurveyFormProps {
  householdId: string;
  version: number;
  method: SurveyMethod;
  classification: ClassificationValues;
  onReload: () => void;
}

/**
 * 完成调查并测算. A four-looks survey sends its figures here; a six-step survey already holds
 * them in its 三算 step, so it sends none.
 */
export function CompleteSurveyForm({
  householdId,
  version,
  method,
  classification,
  onReload,
}: CompleteSurveyFormProps) {
  const t = useIdentT();
  const complete = useCompleteSurvey();
  const withFigures = method === 'FOUR_LOOKS';
  const { form, general, submit } = useStepForm({
    schema: CompleteSurveySchema,
    fields: ['classificationInput'],
    toInput: (v: { classificationInput: ClassificationValues }) => ({
      householdId,
      expectedVersion: version,
      classificationInput: withFigures ? toClassificationInput(v.classificationInput) : undefined,
    }),
    run: (input) => complete.mutateAsync(input),
  });
  return (
    <StepFormShell<{ classificationInput: ClassificationValues }>
      title={t('id.survey.complete')}
      testId="complete-survey"
      form={form}
      initialValues={{ classificationInput: classification }}
      general={general}
      error={complete.error}
      pending={complete.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      {withFigures ? (
        <ClassificationFields prefix={['classificationInput']} />
      ) : (
        <Typography.Paragraph type="secondary">{t('id.survey.completeSixHint')}</Typography.Paragraph>
      )}
    </StepFormShell>
  );
}
