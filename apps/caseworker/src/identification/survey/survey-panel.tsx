import { nextSixStep, type SixStepCode } from '@bangfu/domain';
import { Flex } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import type { CaseSurvey } from '../api/types';
import { CASE_WORK_ROLES, useHasRole } from '../permissions';
import { ChecklistForm } from './checklist-form';
import type { ClassificationValues } from './classification-values';
import { CompleteSurveyForm } from './complete-survey-form';
import { SignSurveyCard } from './sign-survey-card';
import { SixStepForm } from './six-step-form';
import { SurveySummary } from './survey-summary';

interface SurveyPanelProps {
  householdId: string;
  version: number;
  survey: CaseSurvey;
  classification: ClassificationValues;
  onReload: () => void;
}

/**
 * 入户调查 as the signed-in user sees it: what is recorded so far, then only what they may do
 * next — the next step in order (surveyors only), their signature, and completing the survey.
 */
export function SurveyPanel({ householdId, version, survey, classification, onReload }: SurveyPanelProps) {
  const me = useCurrentUser();
  const works = useHasRole(CASE_WORK_ROLES);
  const surveyorIds = survey.surveyors.map((s) => s.id);
  const iSurvey = surveyorIds.includes(me.id);
  const signedIds = survey.signatures.map((s) => s.surveyor?.id);
  const recorded = survey.steps.map((s) => s.code);
  const next: SixStepCode | null = survey.method === 'SIX_STEP' ? nextSixStep(recorded) : null;
  const observed = survey.method === 'SIX_STEP' ? next === null : survey.checklist != null;
  const allSigned = surveyorIds.every((id) => signedIds.includes(id));
  return (
    <Flex vertical gap={12} data-testid="survey-panel" data-method={survey.method}>
      <SurveySummary survey={survey} next={next} iSurvey={iSurvey} />
      {iSurvey && next && (
        <SixStepForm
          key={next}
          surveyId={survey.id}
          code={next}
          surveyorIds={surveyorIds}
          classification={classification}
          onReload={onReload}
        />
      )}
      {iSurvey && survey.method === 'FOUR_LOOKS' && !observed && (
        <ChecklistForm surveyId={survey.id} onReload={onReload} />
      )}
      {iSurvey && observed && !signedIds.includes(me.id) && <SignSurveyCard surveyId={survey.id} />}
      {works && observed && allSigned && (
        <CompleteSurveyForm
          householdId={householdId}
          version={version}
          method={survey.method}
          classification={classification}
          onReload={onReload}
        />
      )}
    </Flex>
  );
}
