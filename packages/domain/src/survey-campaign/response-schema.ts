import { z } from 'zod';
import { CountyCodeSchema } from '../divisions';

/** Answers are checked against the campaign's questionnaire on the server (surveyAnswersSchema). */
const RawAnswersSchema = z.record(z.string(), z.unknown(), {
  error: '答卷应为对象 / answers must be an object',
});

/** 未建档户: a household without a file, recorded by masked name, union and division only. */
export const SurveyUnfiledRespondentSchema = z.object({
  respondentName: z
    .string()
    .trim()
    .min(1, '请填写受访者姓名 / respondent name is required')
    .max(50, '姓名过长 / name too long'),
  orgId: z.uuid('请选择所属工会 / choose the union'),
  divisionCode: CountyCodeSchema,
});

/** 录入答卷: for a filed household (householdId) or an unfiled one, never both. */
export const SurveyResponseCaptureSchema = z
  .object({
    campaignId: z.uuid(),
    /** Needed only when the author is in two teams covering the same union. */
    teamId: z.uuid().optional(),
    householdId: z.uuid().optional(),
    unfiled: SurveyUnfiledRespondentSchema.optional(),
    answers: RawAnswersSchema,
  })
  .superRefine((r, ctx) => {
    if ((r.householdId === undefined) === (r.unfiled === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['householdId'],
        message: '请选择已建档家庭,或填写未建档受访者 / choose a filed household or describe an unfiled one',
      });
    }
  });
export type SurveyResponseCaptureInput = z.input<typeof SurveyResponseCaptureSchema>;
export type SurveyResponseCapture = z.output<typeof SurveyResponseCaptureSchema>;

/** 更正答卷: by its author, with the version read. */
export const SurveyResponseUpdateSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  answers: RawAnswersSchema,
});
export type SurveyResponseUpdate = z.output<typeof SurveyResponseUpdateSchema>;

export const SurveyResponseIdSchema = z.object({ id: z.uuid() });
