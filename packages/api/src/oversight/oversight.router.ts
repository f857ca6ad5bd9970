import {
  AssignVerificationsSchema,
  CompleteReviewSchema,
  ConvertReferralSchema,
  DrawSpotCheckSchema,
  FollowUpsDueSchema,
  HouseholdVerificationsSchema,
  MANAGE_DYNAMIC_ROLES,
  QualityReportSchema,
  READ_QUALITY_ROLES,
  READ_VERIFICATIONS_ROLES,
  REFER_ROLES,
  RecordFollowUpSchema,
  RecordSpotCheckOutcomeSchema,
  RecordVerificationSchema,
  ReenterSchema,
  ReferralListSchema,
  ReferSchema,
  RegisterVolunteerSchema,
  ReportChangeSchema,
  SPOT_CHECK_ROLES,
  SpotCheckIdSchema,
  SpotCheckListSchema,
  StartReviewsSchema,
  VOLUNTEER_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { assignVerifications } from './assign-verifications';
import { completeReview } from './complete-review';
import { convertReferral } from './convert-referral';
import { drawSpotCheck } from './draw-spot-check';
import { followUpsDue, recordFollowUp } from './follow-ups';
import { householdVerifications } from './household-verifications';
import { listReferrals } from './list-referrals';
import { listSpotChecks } from './list-spot-checks';
import { loadSpotCheck } from './load-spot-check';
import { myVisits } from './my-visits';
import { qualityReport } from './quality-report';
import { recordSpotCheckOutcome } from './record-spot-check-outcome';
import { recordVerification } from './record-verification';
import { reenter } from './reenter';
import { refer } from './refer';
import { registerVolunteer } from './register-volunteer';
import { reportChange } from './report-change';
import { startReviews } from './start-reviews';

const manage = staffProcedure(MANAGE_DYNAMIC_ROLES);
const audit = staffProcedure(SPOT_CHECK_ROLES);

/** 志愿者核查与线索 (volunteer verification and referrals). */
const volunteerProcedures = {
  registerVolunteer: manage
    .input(RegisterVolunteerSchema)
    .mutation(({ ctx, input }) => registerVolunteer({ ctx, input })),
  assignVerifications: manage
    .input(AssignVerificationsSchema)
    .mutation(({ ctx, input }) => assignVerifications({ ctx, input })),
  myVisits: staffProcedure(VOLUNTEER_ROLES).query(({ ctx }) => myVisits({ ctx })),
  recordVerification: staffProcedure(VOLUNTEER_ROLES)
    .input(RecordVerificationSchema)
    .mutation(({ ctx, input }) => recordVerification({ ctx, input })),
  refer: staffProcedure(REFER_ROLES)
    .input(ReferSchema)
    .mutation(({ ctx, input }) => refer({ ctx, input })),
  verifications: staffProcedure(READ_VERIFICATIONS_ROLES)
    .input(HouseholdVerificationsSchema)
    .query(({ ctx, input }) => householdVerifications({ ctx, input })),
  referrals: manage.input(ReferralListSchema).query(({ ctx, input }) => listReferrals({ ctx, input })),
  convertReferral: manage
    .input(ConvertReferralSchema)
    .mutation(({ ctx, input }) => convertReferral({ ctx, input })),
} satisfies TRPCRouterRecord;

/** 抽查与问责 (spot checks with accountability) and the quality rates of §3.3. */
const spotCheckProcedures = {
  drawSpotCheck: audit.input(DrawSpotCheckSchema).mutation(({ ctx, input }) => drawSpotCheck({ ctx, input })),
  spotChecks: staffProcedure(READ_QUALITY_ROLES)
    .input(SpotCheckListSchema)
    .query(({ ctx, input }) => listSpotChecks({ ctx, input })),
  spotCheck: staffProcedure(READ_QUALITY_ROLES)
    .input(SpotCheckIdSchema)
    .query(({ ctx, input }) => loadSpotCheck({ ctx, input })),
  recordSpotCheckOutcome: audit
    .input(RecordSpotCheckOutcomeSchema)
    .mutation(({ ctx, input }) => recordSpotCheckOutcome({ ctx, input })),
  qualityReport: staffProcedure(READ_QUALITY_ROLES)
    .input(QualityReportSchema)
    .query(({ ctx, input }) => qualityReport({ ctx, input })),
} satisfies TRPCRouterRecord;

/** 动态管理 (reviews, exits, follow-up calls, 返困). */
const dynamicProcedures = {
  startReviews: manage.input(StartReviewsSchema).mutation(({ ctx, input }) => startReviews({ ctx, input })),
  reportChange: manage.input(ReportChangeSchema).mutation(({ ctx, input }) => reportChange({ ctx, input })),
  completeReview: manage
    .input(CompleteReviewSchema)
    .mutation(({ ctx, input }) => completeReview({ ctx, input })),
  followUpsDue: manage.input(FollowUpsDueSchema).query(({ ctx, input }) => followUpsDue({ ctx, input })),
  recordFollowUp: manage
    .input(RecordFollowUpSchema)
    .mutation(({ ctx, input }) => recordFollowUp({ ctx, input })),
  reenter: manage.input(ReenterSchema).mutation(({ ctx, input }) => reenter({ ctx, input })),
} satisfies TRPCRouterRecord;

/** Oversight and dynamic management (brief §3.1 steps 10–11, §3.3), mounted at `oversight`. */
export const oversightRouter = {
  ...volunteerProcedures,
  ...spotCheckProcedures,
  ...dynamicProcedures,
} satisfies TRPCRouterRecord;
