import { z } from 'zod';
import { ClassificationInputSchema } from '../assessment/classification-input';
import { FourLooksChecklistSchema } from '../assessment/four-looks';
import { SixStepCode, SixStepRecordSchemas } from '../assessment/six-steps';

/**
 * 六步法: one step per call. The data is checked against that step's record schema, so two
 * steps can never be merged into one call.
 */
export const RecordSurveyStepSchema = z
  .object({
    surveyId: z.uuid(),
    stepCode: SixStepCode.schema,
    data: z.unknown(),
  })
  .superRefine((s, ctx) => {
    const parsed = SixStepRecordSchemas[s.stepCode].safeParse(s.data);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['data', ...issue.path.map(String)], message: issue.message });
    }
  });
export type RecordSurveyStepInput = z.input<typeof RecordSurveyStepSchema>;

/** 四看法: the whole checklist at once (six-step surveys record it as their LOOK step). */
export const RecordChecklistSchema = z.object({
  surveyId: z.uuid(),
  checklist: FourLooksChecklistSchema,
});
export type RecordChecklistInput = z.input<typeof RecordChecklistSchema>;

/**
 * 调查完成: runs the calculator. A four-looks survey sends its figures here; a six-step survey
 * takes them from its 三算 step (sending different figures is refused).
 */
export const CompleteSurveySchema = z.object({
  householdId: z.uuid(),
  expectedVersion: z.number().int().min(1),
  classificationInput: ClassificationInputSchema.optional(),
});
export type CompleteSurveyInput = z.input<typeof CompleteSurveySchema>;

/** 重新调查: new surveyors for a file sent back to SURVEYING by the income check or an objection. */
export const AssignResurveySchema = z.object({
  householdId: z.uuid(),
  expectedVersion: z.number().int().min(1),
  surveyorIds: z
    .array(z.uuid())
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, '调查人员不能重复 / each surveyor once'),
});
export type AssignResurveyInput = z.input<typeof AssignResurveySchema>;
