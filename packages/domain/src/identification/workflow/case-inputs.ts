import { z } from 'zod';
import { defineEnum, type EnumValue } from '../../common/labelled-enum';
import { HardshipCategory } from '../../household/enums';

const reasonText = z
  .string()
  .trim()
  .max(1000, '不能超过1000字 / at most 1000 characters')
  .nullish()
  .transform((v) => v || null);

/** 初审结论 (brief §3.1 step 2). */
export const PreliminaryDecision = defineEnum({
  PASS: { zh: '初审通过', en: 'Pass' },
  RETURN: { zh: '退回补充材料', en: 'Return for missing materials' },
});
export type PreliminaryDecision = EnumValue<typeof PreliminaryDecision>;

export const PreliminaryReviewSchema = z
  .object({
    householdId: z.uuid(),
    expectedVersion: z.number().int().min(1),
    decision: PreliminaryDecision.schema,
    reason: reasonText,
    /** The staff who will visit the household (≥ the policy's minimum, checked on the server). */
    surveyorIds: z.array(z.uuid()).max(10).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.decision === 'RETURN' && !r.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '请说明退回原因 / give the reason' });
    }
    if (new Set(r.surveyorIds).size !== r.surveyorIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['surveyorIds'],
        message: '调查人员不能重复 / each surveyor once',
      });
    }
  });
export type PreliminaryReviewInput = z.input<typeof PreliminaryReviewSchema>;

/** 评估结论: a person decides on the calculator's proposal (PIPL art. 24). */
export const AssessmentDecision = defineEnum({
  PROCEED: { zh: '提交民主评议', en: 'Proceed to democratic review' },
  REJECT: { zh: '不予建档', en: 'Reject' },
});
export type AssessmentDecision = EnumValue<typeof AssessmentDecision>;

export const DecideAssessmentSchema = z.object({
  householdId: z.uuid(),
  expectedVersion: z.number().int().min(1),
  decision: AssessmentDecision.schema,
  /** When omitted on PROCEED, the proposed category is taken. */
  decidedCategory: HardshipCategory.schema.optional(),
  reason: z
    .string()
    .trim()
    .min(1, '请说明评估理由 / give the reason')
    .max(1000, '不能超过1000字 / at most 1000 characters'),
});
export type DecideAssessmentInput = z.input<typeof DecideAssessmentSchema>;

export const SurveyRefSchema = z.object({ surveyId: z.uuid() });
