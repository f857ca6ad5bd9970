import {
  AssessmentOverdueQuerySchema,
  AssessmentQuerySchema,
  EXPORT_ASSESSMENT_ROLES,
  READ_ASSESSMENT_ROLES,
  SET_ASSESSMENT_TARGET_ROLES,
  SetAssessmentTargetsSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { loadAssessmentOverview } from './assessment-overview';
import { exportAssessmentSheet } from './export-sheet';
import { listOverdueTasks } from './overdue-tasks';
import { setAssessmentTargets } from './set-targets';

/** 目标考核: targets per union level, progress, overdue tasks, ranking and the 考核表. */
export const assessmentRouter = {
  overview: staffProcedure(READ_ASSESSMENT_ROLES)
    .input(AssessmentQuerySchema)
    .query(({ ctx, input }) => loadAssessmentOverview(ctx.db, ctx, input)),
  setTargets: staffProcedure(SET_ASSESSMENT_TARGET_ROLES)
    .input(SetAssessmentTargetsSchema)
    .mutation(({ ctx, input }) => setAssessmentTargets({ ctx, input })),
  overdueTasks: staffProcedure(READ_ASSESSMENT_ROLES)
    .input(AssessmentOverdueQuerySchema)
    .query(({ ctx, input }) => listOverdueTasks({ ctx, input })),
  exportSheet: staffProcedure(EXPORT_ASSESSMENT_ROLES)
    .input(AssessmentQuerySchema)
    .mutation(({ ctx, input }) => exportAssessmentSheet({ ctx, input })),
} satisfies TRPCRouterRecord;
