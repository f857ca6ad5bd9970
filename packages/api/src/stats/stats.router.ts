import { ProvinceReportInputSchema, STATS_READ_ROLES, StatsScopeInputSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { plannedExitsByYear } from '../assessment/planned-exits';
import { staffProcedure } from '../trpc';
import { statsAid } from './aid-stats';
import { statsEmployment } from './employment-stats';
import { statsMutualAidFund } from './ma-fund-stats';
import { statsOverview } from './overview';
import { provinceReport } from './report/province-report';
import { reportXlsx } from './report/report-xlsx';
import { statsTrend } from './trend';

const read = staffProcedure(STATS_READ_ROLES);

/**
 * Dashboards (from the trigger-kept summary tables, scoped to the viewer's subtree, drilled down
 * by orgId) and the survey report (counted directly from the files).
 */
export const statsRouter = {
  overview: read.input(StatsScopeInputSchema).query(({ ctx, input }) => statsOverview(ctx, input)),
  trend: read
    .input(StatsScopeInputSchema)
    .query(({ ctx, input }) => statsTrend(ctx, input, (path) => plannedExitsByYear(ctx.db, path))),
  aid: read.input(StatsScopeInputSchema).query(({ ctx, input }) => statsAid(ctx, input)),
  mutualAidFund: read.input(StatsScopeInputSchema).query(({ ctx, input }) => statsMutualAidFund(ctx, input)),
  employment: read.input(StatsScopeInputSchema).query(({ ctx, input }) => statsEmployment(ctx, input)),
  report: read.input(ProvinceReportInputSchema).query(({ ctx, input }) => provinceReport(ctx, input)),
  /** A download, and logged: a mutation like every export. */
  reportXlsx: read.input(ProvinceReportInputSchema).mutation(({ ctx, input }) => reportXlsx(ctx, input)),
} satisfies TRPCRouterRecord;
