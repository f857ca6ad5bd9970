import { z } from 'zod';

/**
 * A questionnaire is data: an ordered list of questions a campaign defines while DRAFT and freezes
 * when it opens. Numbers are integers; a money question counts fen. Bounds keep any campaign's
 * sum below Number.MAX_SAFE_INTEGER (10⁹ × a million responses).
 */
export const SURVEY_NUMBER_LIMIT = 1_000_000_000;

const CODE = /^[A-Za-z][A-Za-z0-9_]{0,29}$/;
export const SurveyCodeSchema = z
  .string()
  .regex(CODE, '编码应以字母开头,只含字母、数字和下划线 / a code starts with a letter: letters, digits, _');

const labelText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(200, `${what}不能超过200字 / at most 200 characters`);
export const SurveyLabelSchema = z.object({ zh: labelText('中文'), en: labelText('English') });

const bound = z
  .number()
  .int('应为整数 / must be a whole number')
  .min(-SURVEY_NUMBER_LIMIT)
  .max(SURVEY_NUMBER_LIMIT);

const questionBase = { code: SurveyCodeSchema, text: SurveyLabelSchema, required: z.boolean() };

export const SurveyChoiceQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('CHOICE'),
  /** 多选: the answer is a list of option codes; otherwise one code. */
  multiple: z.boolean(),
  options: z
    .array(z.object({ code: SurveyCodeSchema, label: SurveyLabelSchema }))
    .min(2, '选择题至少两个选项 / a choice needs at least two options')
    .max(50),
});
export const SurveyNumberQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('NUMBER'),
  min: bound,
  max: bound,
  /** 金额题: the value is fen, shown as yuan. */
  money: z.boolean(),
});
export const SurveyTextQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('TEXT'),
  maxLength: z.number().int().min(1).max(2000),
});

export const SurveyQuestionSchema = z.discriminatedUnion('kind', [
  SurveyChoiceQuestionSchema,
  SurveyNumberQuestionSchema,
  SurveyTextQuestionSchema,
]);
export type SurveyQuestion = z.output<typeof SurveyQuestionSchema>;
export type SurveyChoiceQuestion = z.output<typeof SurveyChoiceQuestionSchema>;
export type SurveyNumberQuestion = z.output<typeof SurveyNumberQuestionSchema>;

function duplicates(codes: readonly string[]): Set<string> {
  const seen = new Set<string>();
  return new Set(codes.filter((c) => seen.has(c) || !seen.add(c)));
}

function refineQuestion(q: SurveyQuestion, i: number, ctx: z.RefinementCtx): void {
  if (q.kind === 'NUMBER' && q.min > q.max) {
    ctx.addIssue({ code: 'custom', path: [i, 'max'], message: '最大值不能小于最小值 / max is below min' });
  }
  if (q.kind === 'NUMBER' && q.money && q.min < 0) {
    ctx.addIssue({ code: 'custom', path: [i, 'min'], message: '金额不能为负 / money cannot be negative' });
  }
  if (q.kind === 'CHOICE') {
    for (const dup of duplicates(q.options.map((o) => o.code))) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'options'],
        message: `选项编码重复:${dup} / duplicate option ${dup}`,
      });
    }
  }
}

export const SurveyQuestionnaireSchema = z
  .array(SurveyQuestionSchema)
  .min(1, '问卷至少一个问题 / a questionnaire needs at least one question')
  .max(200)
  .superRefine((questions, ctx) => {
    for (const [i, q] of questions.entries()) refineQuestion(q, i, ctx);
    const dups = duplicates(questions.map((q) => q.code));
    questions.forEach((q, i) => {
      if (dups.has(q.code)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'code'],
          message: `问题编码重复:${q.code} / duplicate code`,
        });
      }
    });
  });
export type SurveyQuestionnaire = z.output<typeof SurveyQuestionnaireSchema>;
