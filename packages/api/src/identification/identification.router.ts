import {
  AssignResurveySchema,
  AttachmentRefSchema,
  CompleteSurveySchema,
  DecideAssessmentSchema,
  HouseholdRefSchema,
  IDENT_CASE_ROLES,
  IDENT_READ_ROLES,
  PreliminaryReviewSchema,
  RecordChecklistSchema,
  RecordSurveyStepSchema,
  SubmitApplicationSchema,
  SurveyRefSchema,
  UploadAttachmentSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { assignResurvey } from './assign-resurvey';
import { getAttachment, listAttachments, uploadAttachment } from './attachments/attachment-procedures';
import { caseDetail } from './case-detail';
import { completeSurvey } from './complete-survey';
import { decideAssessment } from './decide-assessment';
import { inbox } from './inbox';
import { preliminaryReview } from './preliminary-review';
import { recordChecklist } from './record-checklist';
import { recordSurveyStep } from './record-survey-step';
import { signSurvey } from './sign-survey';
import { submitApplication } from './submit-application';
import { timeline } from './timeline';

const caseWork = () => staffProcedure(IDENT_CASE_ROLES);
const caseRead = () => staffProcedure(IDENT_READ_ROLES);

/** 精准识别, part 1: application to assessment (brief §3.1 steps 1–3), attachments and timeline. */
export const identificationRouter = {
  submit: caseWork()
    .input(SubmitApplicationSchema)
    .mutation(({ ctx, input }) => submitApplication({ ctx, input })),
  preliminaryReview: caseWork()
    .input(PreliminaryReviewSchema)
    .mutation(({ ctx, input }) => preliminaryReview({ ctx, input })),
  assignResurvey: caseWork()
    .input(AssignResurveySchema)
    .mutation(({ ctx, input }) => assignResurvey({ ctx, input })),
  recordSurveyStep: caseWork()
    .input(RecordSurveyStepSchema)
    .mutation(({ ctx, input }) => recordSurveyStep({ ctx, input })),
  recordChecklist: caseWork()
    .input(RecordChecklistSchema)
    .mutation(({ ctx, input }) => recordChecklist({ ctx, input })),
  signSurvey: caseWork()
    .input(SurveyRefSchema)
    .mutation(({ ctx, input }) => signSurvey({ ctx, input })),
  completeSurvey: caseWork()
    .input(CompleteSurveySchema)
    .mutation(({ ctx, input }) => completeSurvey({ ctx, input })),
  decideAssessment: caseWork()
    .input(DecideAssessmentSchema)
    .mutation(({ ctx, input }) => decideAssessment({ ctx, input })),
  uploadAttachment: caseWork()
    .input(UploadAttachmentSchema)
    .mutation(({ ctx, input }) => uploadAttachment({ ctx, input })),
  listAttachments: caseRead()
    .input(HouseholdRefSchema)
    .query(({ ctx, input }) => listAttachments({ ctx, input })),
  // A mutation: every read of a file's content is audited.
  getAttachment: caseRead()
    .input(AttachmentRefSchema)
    .mutation(({ ctx, input }) => getAttachment({ ctx, input })),
  timeline: caseRead()
    .input(HouseholdRefSchema)
    .query(({ ctx, input }) => timeline({ ctx, input })),
  caseDetail: caseRead()
    .input(HouseholdRefSchema)
    .query(({ ctx, input }) => caseDetail({ ctx, input })),
  inbox: caseWork().query(({ ctx }) => inbox({ ctx })),
} satisfies TRPCRouterRecord;
