import type { SurveyAnswers } from './answers-schema';
import type { SurveyQuestion } from './questionnaire-schema';

/** An exact ratio, reduced: averages are never rounded floats. */
export interface SurveyFraction {
  numerator: number;
  denominator: number;
}

export type SurveyQuestionSummary =
  | { code: string; kind: 'CHOICE'; answered: number; counts: { option: string; count: number }[] }
  | {
      code: string;
      kind: 'NUMBER';
      answered: number;
      sum: number;
      min: number | null;
      max: number | null;
      average: SurveyFraction | null;
    }
  | { code: string; kind: 'TEXT'; answered: number };

export interface SurveyAnswerSummary {
  responses: number;
  questions: SurveyQuestionSummary[];
}

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function reduceSurveyFraction(numerator: number, denominator: number): SurveyFraction {
  const d = gcd(numerator, denominator) || 1;
  return { numerator: numerator / d, denominator: denominator / d };
}

function summarizeQuestion(q: SurveyQuestion, answers: readonly SurveyAnswers[]): SurveyQuestionSummary {
  const given = answers.map((a) => a[q.code]).filter((v) => v !== undefined);
  if (q.kind === 'CHOICE') {
    const counts = new Map(q.options.map((o) => [o.code, 0]));
    for (const v of given) {
      for (const option of Array.isArray(v) ? v : [String(v)]) {
        counts.set(option, (counts.get(option) ?? 0) + 1);
      }
    }
    return {
      code: q.code,
      kind: 'CHOICE',
      answered: given.length,
      counts: [...counts].map(([option, count]) => ({ option, count })),
    };
  }
  if (q.kind === 'NUMBER') {
    const numbers = given.filter((v): v is number => typeof v === 'number');
    const sum = numbers.reduce((s, n) => s + n, 0);
    return {
      code: q.code,
      kind: 'NUMBER',
      answered: numbers.length,
      sum,
      // A loop, not Math.min(...xs): a province-wide campaign overflows the argument list.
      min: numbers.reduce<number | null>((m, n) => (m === null || n < m ? n : m), null),
      max: numbers.reduce<number | null>((m, n) => (m === null || n > m ? n : m), null),
      average: numbers.length ? reduceSurveyFraction(sum, numbers.length) : null,
    };
  }
  return { code: q.code, kind: 'TEXT', answered: given.length };
}

/** 答卷汇总: per question, choice counts, number sum/min/max/exact average, text answer count. */
export function summarizeSurveyAnswers(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswers[],
): SurveyAnswerSummary {
  return { responses: answers.length, questions: questions.map((q) => summarizeQuestion(q, answers)) };
}
