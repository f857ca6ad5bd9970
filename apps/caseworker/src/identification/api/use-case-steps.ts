import type {
  AssignResurveyInput,
  DecideAssessmentInput,
  DecideInput,
  DemocraticReviewInput,
  HandleObjectionInput,
  IncomeCheckInput,
  OpenNoticeInput,
  PreliminaryReviewInput,
  RecordObjectionInput,
  SubmitApplicationInput,
} from '@bangfu/domain';
import { useStepMutation } from './use-step-mutation';

// Application, preliminary review, survey and assessment: router `identification`.
export const useSubmitApplication = () =>
  useStepMutation((api, i: SubmitApplicationInput) => api.identification.submit.mutate(i));

export const usePreliminaryReview = () =>
  useStepMutation((api, i: PreliminaryReviewInput) => api.identification.preliminaryReview.mutate(i));

export const useDecideAssessment = () =>
  useStepMutation((api, i: DecideAssessmentInput) => api.identification.decideAssessment.mutate(i));

// Democratic review, income check, notice and higher review: router `review`.
export const useRecordDemocraticReview = () =>
  useStepMutation((api, i: DemocraticReviewInput) => api.review.recordDemocraticReview.mutate(i));

export const useRecordIncomeCheck = () =>
  useStepMutation((api, i: IncomeCheckInput) => api.review.recordIncomeCheck.mutate(i));

export const useOpenNotice = () =>
  useStepMutation((api, i: OpenNoticeInput) => api.review.openNotice.mutate(i));

export const useRecordObjection = () =>
  useStepMutation((api, i: RecordObjectionInput) => api.review.recordObjection.mutate(i));

export const useHandleObjection = () =>
  useStepMutation((api, i: HandleObjectionInput) => api.review.handleObjection.mutate(i));

export const useHigherReview = () => useStepMutation((api, i: DecideInput) => api.review.decide.mutate(i));

export const useAssignResurvey = () =>
  useStepMutation((api, i: AssignResurveyInput) => api.identification.assignResurvey.mutate(i));
