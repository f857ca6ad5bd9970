import { z } from 'zod';
import { ASSESSMENT_PERMILLE_METRICS, AssessmentMetric, AssessmentOverdueKind } from './assessment-enums';

export const AssessmentYearSchema = z
  .number()
  .int('年份应为整数 / year must be a whole number')
  .min(2000, '年份不早于2000 / year from 2000')
  .max(2100, '年份不晚于2100 / year up to 2100');

/** The units below `orgId` (the caller's own union when omitted), for one year. */
export const AssessmentQuerySchema = z.object({
  year: AssessmentYearSchema,
  orgId: z.uuid().optional(),
});
export type AssessmentQuery = z.output<typeof AssessmentQuerySchema>;

export const AssessmentTargetEntrySchema = z
  .object({
    orgId: z.uuid(),
    metric: AssessmentMetric.schema,
    targetValue: z
      .number()
      .int('目标值应为整数 / target must be a whole number')
      .min(0, '目标值不能为负数 / target cannot be negative')
      .max(10_000_000, '目标值过大 / target too large'),
    /** The version read; omitted (or null) when no target existed yet. */
    expectedVersion: z.number().int().min(1).nullish(),
    note: z.string().trim().max(200, '备注不超过200字 / note at most 200 characters').nullish(),
  })
  .superRefine((t, ctx) => {
    if (ASSESSMENT_PERMILLE_METRICS.includes(t.metric) && t.targetValue > 1000) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetValue'],
        message: '覆盖率目标以千分比计,不超过1000 / coverage target is in permille, at most 1000',
      });
    }
  });
export type AssessmentTargetEntry = z.output<typeof AssessmentTargetEntrySchema>;

/** Targets saved together, all or nothing. */
export const SetAssessmentTargetsSchema = z
  .object({
    year: AssessmentYearSchema,
    targets: z
      .array(AssessmentTargetEntrySchema)
      .min(1, '请至少填写一项目标 / enter at least one target')
      .max(2000),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.targets.forEach((t, i) => {
      const key = `${t.orgId}:${t.metric}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i, 'metric'],
          message: '同一单位同一指标重复 / the same unit and metric appear twice',
        });
      }
      seen.add(key);
    });
  });
export type SetAssessmentTargets = z.output<typeof SetAssessmentTargetsSchema>;

/** The drill list of one subordinate unit's overdue tasks. */
export const AssessmentOverdueQuerySchema = z.object({
  orgId: z.uuid(),
  kind: AssessmentOverdueKind.schema.optional(),
});
export type AssessmentOverdueQuery = z.output<typeof AssessmentOverdueQuerySchema>;
