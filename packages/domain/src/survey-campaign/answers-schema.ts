import { z } from 'zod';
import { formatFenAsYuan } from '../common/money';
import type { SurveyQuestion } from './questionnaire-schema';

/** One answer: an option code, a list of them (多选), an integer, or a text. */
export type SurveyAnswerValue = string | string[] | number;
export type SurveyAnswers = Record<string, SurveyAnswerValue>;

const REQUIRED = '请回答此问题 / this question is required';
const UNKNOWN = '问卷中没有此问题 / not a question of this questionnaire';

/** Missing answers read "required"; anything else of the wrong shape gets `wrongType`. */
const typed = (wrongType: string) => ({
  error: (issue: { input?: unknown }) => (issue.input == null ? REQUIRED : wrongType),
});

function shown(q: Extract<SurveyQuestion, { kind: 'NUMBER' }>, n: number): string {
  return q.money ? `${formatFenAsYuan(n)}元` : String(n);
}

function choiceAnswer(q: Extract<SurveyQuestion, { kind: 'CHOICE' }>): z.ZodType<SurveyAnswerValue> {
  const codes = q.options.map((o) => o.code) as [string, ...string[]];
  const notOption = '不是此问题的选项 / not an option of this question';
  if (!q.multiple) return z.enum(codes, typed(notOption));
  return z
    .array(z.enum(codes, { error: notOption }), typed('应为选项列表 / expected a list of options'))
    .min(q.required ? 1 : 0, '请至少选择一项 / choose at least one')
    .refine((v) => new Set(v).size === v.length, '选项重复 / an option is chosen twice');
}

function numberAnswer(q: Extract<SurveyQuestion, { kind: 'NUMBER' }>): z.ZodType<SurveyAnswerValue> {
  return z
    .number(typed('应为数字 / expected a number'))
    .int(q.money ? '金额应为整数分 / money is whole fen' : '应为整数 / must be a whole number')
    .min(q.min, `不能小于${shown(q, q.min)} / at least ${q.min}`)
    .max(q.max, `不能大于${shown(q, q.max)} / at most ${q.max}`);
}

function textAnswer(q: Extract<SurveyQuestion, { kind: 'TEXT' }>): z.ZodType<SurveyAnswerValue> {
  return z
    .string(typed('应为文字 / expected text'))
    .trim()
    .min(q.required ? 1 : 0, REQUIRED)
    .max(q.maxLength, `不能超过${q.maxLength}字 / at most ${q.maxLength} characters`);
}

/** The schema of one question's answer; optional questions also take null (a cleared field). */
export function surveyAnswerSchema(q: SurveyQuestion): z.ZodType<SurveyAnswerValue | null | undefined> {
  const schema =
    q.kind === 'CHOICE' ? choiceAnswer(q) : q.kind === 'NUMBER' ? numberAnswer(q) : textAnswer(q);
  return q.required ? schema : schema.nullish();
}

/**
 * Builds the zod schema of a response's answers from the questionnaire. Every problem is an issue
 * whose path starts with the question's code: unknown codes, missing required answers, wrong types
 * or options, numbers out of range, texts too long. The output drops empty optional answers.
 */
export function surveyAnswersSchema(questions: readonly SurveyQuestion[]): z.ZodType<SurveyAnswers> {
  const shape = Object.fromEntries(questions.map((q) => [q.code, surveyAnswerSchema(q)]));
  const known = z.object(shape);
  return z
    .record(z.string(), z.unknown(), { error: '答卷应为对象 / answers must be an object' })
    .superRefine((raw, ctx) => {
      for (const key of Object.keys(raw)) {
        if (!(key in shape)) ctx.addIssue({ code: 'custom', path: [key], message: UNKNOWN });
      }
      const parsed = known.safeParse(raw);
      for (const issue of parsed.error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    })
    .transform((raw) => {
      const out: SurveyAnswers = {};
      for (const [code, value] of Object.entries(known.parse(raw))) {
        const empty = value == null || value === '' || (Array.isArray(value) && value.length === 0);
        if (!empty) out[code] = value as SurveyAnswerValue;
      }
      return out;
    });
}

/** Field errors keyed `answers.<question code>`, one list of messages per question. */
export function surveyAnswerFieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? `answers.${String(issue.path[0])}` : 'answers';
    const list = errors[key] ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    errors[key] = list;
  }
  return errors;
}
