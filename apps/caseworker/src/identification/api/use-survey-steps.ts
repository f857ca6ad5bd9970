import type { CompleteSurveyInput, RecordChecklistInput, RecordSurveyStepInput } from '@bangfu/domain';
import { useStepMutation } from './use-step-mutation';

// The home survey: router `identification`.
export const useRecordSurveyStep = () =>
  useStepMutation((api, i: RecordSurveyStepInput) => api.identification.recordSurveyStep.mutate(i));

export const useRecordChecklist = () =>
  useStepMutation((api, i: RecordChecklistInput) => api.identification.recordChecklist.mutate(i));

export const useSignSurvey = () =>
  useStepMutation((api, i: { surveyId: string }) => api.identification.signSurvey.mutate(i));

export const useCompleteSurvey = () =>
  useStepMutation((api, i: CompleteSurveyInput) => api.identification.completeSurvey.mutate(i));
