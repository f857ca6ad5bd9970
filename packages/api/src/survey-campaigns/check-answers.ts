import {
  type SurveyAnswers,
  type SurveyQuestion,
  surveyAnswerFieldErrors,
  surveyAnswersSchema,
} from '@bangfu/domain';
import { surveyFieldErrors } from './survey-errors';

/** Validates raw answers against the frozen questionnaire; refusals carry field errors per question code. */
export function checkAnswers(questions: readonly SurveyQuestion[], raw: unknown): SurveyAnswers {
  const parsed = surveyAnswersSchema(questions).safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors = surveyAnswerFieldErrors(parsed.error);
  const count = Object.keys(fieldErrors).length;
  throw surveyFieldErrors(
    { zh: `答卷有${count}处错误,请修改后再提交`, en: `The answers have ${count} problem(s)` },
    fieldErrors,
  );
}
