import {
  AidPlanGetSchema,
  AidPlanSaveDraftSchema,
  AidPlanSignOnPaperSchema,
  EDIT_PLAN_ROLES,
  READ_AID_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { getPlans } from './get-plan';
import { saveDraftPlan } from './save-draft-plan';
import { signPlanOnPaper } from './sign-plan-on-paper';

/** 一户一计划: the plan drawn up with the worker, in force once they sign it. */
export const planRouter = {
  get: staffProcedure(READ_AID_ROLES)
    .input(AidPlanGetSchema)
    .query(({ ctx, input }) => getPlans({ ctx, input })),
  saveDraft: staffProcedure(EDIT_PLAN_ROLES)
    .input(AidPlanSaveDraftSchema)
    .mutation(({ ctx, input }) => saveDraftPlan({ ctx, input })),
  signOnPaper: staffProcedure(EDIT_PLAN_ROLES)
    .input(AidPlanSignOnPaperSchema)
    .mutation(({ ctx, input }) => signPlanOnPaper({ ctx, input })),
} satisfies TRPCRouterRecord;
