import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SurveyAnswers, type SurveyAnswerValue, surveyAnswersSchema } from './answers-schema';
import { type SurveyQuestion, SurveyQuestionnaireSchema } from './questionnaire-schema';

const label = { zh: '问题', en: 'Question' };
const optionCodes = fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), {
  minLength: 2,
  maxLength: 6,
});

const arbQuestion: fc.Arbitrary<Omit<SurveyQuestion, 'code'>> = fc.oneof(
  fc.record({
    kind: fc.constant('CHOICE' as const),
    text: fc.constant(label),
    required: fc.boolean(),
    multiple: fc.boolean(),
    options: optionCodes.map((codes) => codes.map((code) => ({ code, label }))),
  }),
  fc
    .record({
      kind: fc.constant('NUMBER' as const),
      text: fc.constant(label),
      required: fc.boolean(),
      a: fc.integer({ min: 0, max: 1_000_000 }),
      b: fc.integer({ min: 0, max: 1_000_000 }),
      money: fc.boolean(),
    })
    .map(({ a, b, ...q }) => ({ ...q, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.record({
    kind: fc.constant('TEXT' as const),
    text: fc.constant(label),
    required: fc.boolean(),
    maxLength: fc.integer({ min: 1, max: 40 }),
  }),
);

const arbQuestionnaire = fc
  .array(arbQuestion, { minLength: 1, maxLength: 8 })
  .map((qs) => qs.map((q, i) => ({ ...q, code: `q${i}` }) as SurveyQuestion));

function arbAnswer(q: SurveyQuestion): fc.Arbitrary<SurveyAnswerValue> {
  if (q.kind === 'CHOICE') {
    const codes = q.options.map((o) => o.code);
    return q.multiple ? fc.subarray(codes, { minLength: 1 }) : fc.constantFrom(...codes);
  }
  if (q.kind === 'NUMBER') return fc.integer({ min: q.min, max: q.max });
  return fc
    .array(fc.constantFrom('困', '难', '职', '工', 'a', '1'), { minLength: 1, maxLength: q.maxLength })
    .map((cs) => cs.join(''));
}

/** Answers for every required question and some optional ones, drawn from the definition. */
function arbAnswers(questions: SurveyQuestion[]): fc.Arbitrary<SurveyAnswers> {
  const entries = questions.map((q) =>
    q.required
      ? arbAnswer(q).map((v) => [q.code, v] as const)
      : fc.option(arbAnswer(q).map((v) => [q.code, v] as const)),
  );
  return fc.tuple(...entries).map((es) => Object.fromEntries(es.filter((e) => e !== null)));
}

/** One change that must make the answers invalid, whatever the questionnaire. */
function mutate(
  questions: SurveyQuestion[],
  answers: SurveyAnswers,
  pick: number,
  kind: number,
): Record<string, unknown> {
  const q = questions[pick % questions.length] as SurveyQuestion;
  const out: Record<string, unknown> = { ...answers };
  switch (kind % 4) {
    case 0:
      out.notAQuestion = 1;
      return out;
    case 1: // wrong type
      out[q.code] = q.kind === 'NUMBER' ? String(q.min) : q.kind === 'TEXT' ? 7 : q.multiple ? 'A' : 1;
      return out;
    case 2: // out of its domain
      out[q.code] =
        q.kind === 'NUMBER'
          ? q.max + 1
          : q.kind === 'TEXT'
            ? 'x'.repeat(q.maxLength + 1)
            : q.multiple
              ? ['Z']
              : 'Z';
      return out;
    default: // a required answer missing, else a non-integer number, else an unknown code
      if (q.required) delete out[q.code];
      else if (q.kind === 'NUMBER') out[q.code] = q.min + 0.5;
      else out.notAQuestion = 'x';
      return out;
  }
}

describe('surveyAnswersSchema property', () => {
  it('answers generated from a definition always validate; a mutated answer never does', () => {
    fc.assert(
      fc.property(
        arbQuestionnaire.chain((qs) => fc.tuple(fc.constant(qs), arbAnswers(qs), fc.nat(), fc.nat())),
        ([questions, answers, pick, kind]) => {
          expect(SurveyQuestionnaireSchema.safeParse(questions).success).toBe(true);
          const schema = surveyAnswersSchema(questions);
          expect(schema.safeParse(answers).success).toBe(true);
          expect(schema.safeParse(mutate(questions, answers, pick, kind)).success).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
