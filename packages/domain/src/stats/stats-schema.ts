import { z } from 'zod';
import type { Role } from '../org/org';

/** Who may read dashboards and the report: every staff role but volunteers (they see only their visits). */
export const STATS_READ_ROLES: readonly Role[] = [
  'admin',
  'caseworker',
  'reviewer',
  'auditor',
  'fund_officer',
  'employment_officer',
];

/** A dashboard's scope: an org unit inside the viewer's subtree (default: the viewer's own) and a year. */
export const StatsScopeInputSchema = z.object({
  orgId: z.uuid().optional(),
  year: z.number().int().min(1990).max(2100).optional(),
});
export type StatsScopeInput = z.input<typeof StatsScopeInputSchema>;

/** Lifecycle stages a dashboard counts households in (brief §3.2). */
export const ON_FILE_STATUSES = ['FILED', 'AIDED', 'UNDER_REVIEW'] as const;
export const EXITED_STATUSES = ['EXITED_TUOKUN', 'EXITED_JIEKUN'] as const;
export const CLOSED_STATUSES = ['CANCELLED', 'REJECTED'] as const;

export const ReportBasis = ['SURVEY', 'ON_FILE'] as const;
export type ReportBasis = (typeof ReportBasis)[number];

/**
 * The province report. Basis SURVEY counts every household recorded under the standard (what
 * the 2016 survey counted, whatever became of each file since); ON_FILE only those on file now.
 */
export const ProvinceReportInputSchema = z.object({
  orgId: z.uuid().optional(),
  standardVersion: z.enum(['ACFTU_2016', 'ACFTU_2020']).default('ACFTU_2016'),
  basis: z.enum(ReportBasis).default('SURVEY'),
  /** Upper bounds (yuan, exclusive) of the per-capita monthly income bands; the last band is open. */
  incomeBandsYuan: z
    .array(z.number().int().positive().max(1_000_000))
    .min(1)
    .max(12)
    .refine((b) => b.every((v, i) => i === 0 || v > (b[i - 1] ?? 0)), '收入分段须递增 / bands must increase')
    .default([300, 500, 800, 1200, 2000]),
});
export type ProvinceReportInput = z.input<typeof ProvinceReportInputSchema>;
