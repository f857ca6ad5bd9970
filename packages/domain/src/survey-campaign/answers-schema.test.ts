import { describe, expect, it } from 'vitest';
import { surveyAnswerFieldErrors, surveyAnswersSchema } from './answers-schema';
import { SURVEY_DEMO_QUESTIONS as questions } from './demo-questionnaire';
import { SurveyQuestionnaireSchema } from './questionnaire-schema';
import { summarizeSurveyAnswers } from './summarize-answers';

const schema = surveyAnswersSchema(questions);
const valid = {
  housing: 'RENTED',
  causes: ['ILLNESS', 'SCHOOL'],
  income: 180_050,
  workers: 2,
  note: '租住老旧小区',
};

function errorsOf(answers: unknown): Record<string, string[]> {
  const r = schema.safeParse(answers);
  if (r.success) throw new Error('expected the answers to be refused');
  return surveyAnswerFieldErrors(r.error);
}

describe('surveyAnswersSchema', () => {
  it('accepts complete answers and drops empty optional ones', () => {
    expect(schema.parse(valid)).toEqual(valid);
    expect(schema.parse({ housing: 'OWN', income: 0, causes: [], note: '', workers: null })).toEqual({
      housing: 'OWN',
      income: 0,
    });
  });

  it.each([
    ['unknown code', { ...valid, pets: 2 }, 'answers.pets', '问卷中没有此问题'],
    ['missing required', { income: 1 }, 'answers.housing', '请回答此问题'],
    ['null required', { housing: null, income: 1 }, 'answers.housing', '请回答此问题'],
    ['not an option', { ...valid, housing: 'CASTLE' }, 'answers.housing', '不是此问题的选项'],
    ['single as list', { ...valid, housing: ['OWN'] }, 'answers.housing', '不是此问题的选项'],
    ['multi not an option', { ...valid, causes: ['ILLNESS', 'LUCK'] }, 'answers.causes', '不是此问题的选项'],
    ['multi twice', { ...valid, causes: ['ILLNESS', 'ILLNESS'] }, 'answers.causes', '选项重复'],
    ['number as text', { ...valid, income: '100' }, 'answers.income', '应为数字'],
    ['fractional fen', { ...valid, income: 10.5 }, 'answers.income', '金额应为整数分'],
    ['money above max', { ...valid, income: 10_000_001 }, 'answers.income', '不能大于100,000.00元'],
    ['number below min', { ...valid, workers: -1 }, 'answers.workers', '不能小于0'],
    ['text too long', { ...valid, note: '字'.repeat(21) }, 'answers.note', '不能超过20字'],
    ['text as number', { ...valid, note: 5 }, 'answers.note', '应为文字'],
  ])('refuses %s with a Chinese message on the question', (_name, answers, key, zh) => {
    const errors = errorsOf(answers);
    expect(Object.keys(errors)).toEqual([key]);
    expect(errors[key]?.join()).toContain(zh);
  });

  it('reports every bad question at once', () => {
    expect(Object.keys(errorsOf({ housing: 'X', income: -5, extra: 1 })).sort()).toEqual([
      'answers.extra',
      'answers.housing',
      'answers.income',
    ]);
  });
});

describe('SurveyQuestionnaireSchema', () => {
  it('accepts the demo questionnaire', () => {
    expect(SurveyQuestionnaireSchema.parse(questions)).toHaveLength(5);
  });
  it('refuses duplicate codes, a reversed range and negative money', () => {
    const bad = SurveyQuestionnaireSchema.safeParse([
      questions[0],
      { ...questions[0] },
      { ...questions[2], code: 'a', min: 5, max: 1 },
      { ...questions[2], code: 'b', min: -1 },
    ]);
    const paths = bad.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['0.code', '1.code', '2.max', '3.min']);
  });
});

describe('summarizeSurveyAnswers', () => {
  it('counts choices, sums numbers exactly and reduces the average', () => {
    const s = summarizeSurveyAnswers(questions, [
      { housing: 'RENTED', causes: ['ILLNESS'], income: 100 },
      { housing: 'RENTED', causes: ['ILLNESS', 'SCHOOL'], income: 201, note: 'x' },
      { housing: 'OWN', income: 0 },
    ]);
    expect(s.responses).toBe(3);
    expect(s.questions[0]).toEqual({
      code: 'housing',
      kind: 'CHOICE',
      answered: 3,
      counts: [
        { option: 'OWN', count: 1 },
        { option: 'RENTED', count: 2 },
        { option: 'NONE', count: 0 },
      ],
    });
    expect(s.questions[1]).toMatchObject({ answered: 2, counts: [{ count: 2 }, { count: 1 }, { count: 0 }] });
    expect(s.questions[2]).toEqual({
      code: 'income',
      kind: 'NUMBER',
      answered: 3,
      sum: 301,
      min: 0,
      max: 201,
      average: { numerator: 301, denominator: 3 },
    });
    expect(s.questions[3]).toMatchObject({ answered: 0, sum: 0, average: null, min: null });
    expect(s.questions[4]).toEqual({ code: 'note', kind: 'TEXT', answered: 1 });
  });
});
