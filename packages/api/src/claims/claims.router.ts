import {
  ClaimGetSchema,
  ClaimListSchema,
  ClaimPaySchema,
  ClaimReviewSchema,
  ClaimSubmitSchema,
  FUND_REPORT_ROLES,
  FundStatisticsSchema,
  PAY_CLAIM_ROLES,
  READ_CLAIM_ROLES,
  REVIEW_CLAIM_ROLES,
  SUBMIT_CLAIM_ROLES,
  WhatIfSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure, workerProcedure } from '../trpc';
import { fundStatistics } from './fund-statistics';
import { getClaim } from './get-claim';
import { listClaims } from './list-claims';
import { myClaims } from './my-claims';
import { payClaim } from './pay-claim';
import { reviewClaim } from './review-claim';
import { submitClaim, submitMyClaim } from './submit-claim';
import { whatIf } from './what-if';

/** 互助理赔: submission with adjudication, review and 复核, idempotent payment, fund figures. */
export const claimsRouter = {
  submit: staffProcedure(SUBMIT_CLAIM_ROLES)
    .input(ClaimSubmitSchema)
    .mutation(({ ctx, input }) => submitClaim({ ctx, input })),
  get: staffProcedure(READ_CLAIM_ROLES)
    .input(ClaimGetSchema)
    .query(({ ctx, input }) => getClaim({ ctx, input })),
  list: staffProcedure(READ_CLAIM_ROLES)
    .input(ClaimListSchema)
    .query(({ ctx, input }) => listClaims({ ctx, input })),
  review: staffProcedure(REVIEW_CLAIM_ROLES)
    .input(ClaimReviewSchema)
    .mutation(({ ctx, input }) => reviewClaim({ ctx, input })),
  pay: staffProcedure(PAY_CLAIM_ROLES)
    .input(ClaimPaySchema)
    .mutation(({ ctx, input }) => payClaim({ ctx, input })),
  whatIf: staffProcedure(FUND_REPORT_ROLES)
    .input(WhatIfSchema)
    .query(({ ctx, input }) => whatIf({ ctx, input })),
  fund: {
    statistics: staffProcedure(FUND_REPORT_ROLES)
      .input(FundStatisticsSchema)
      .query(({ ctx, input }) => fundStatistics({ ctx, input })),
  },
  mine: workerProcedure.query(({ ctx }) => myClaims(ctx)),
  submitMine: workerProcedure
    .input(ClaimSubmitSchema)
    .mutation(({ ctx, input }) => submitMyClaim({ ctx, input })),
} satisfies TRPCRouterRecord;
