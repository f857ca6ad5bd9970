import { describe, expect, it } from 'vitest';
import { FOUR_LOOKS_SECTIONS, FourLooksChecklistSchema } from './four-looks';
import { hasEnoughSurveyors, nextSixStep, SIX_STEPS, SixStepRecordSchemas } from './six-steps';

const FILLED_CHECKLIST = {
  HOUSING: {
    answers: {
      housingType: 'RENTED',
      areaBand: 'FROM_20_TO_50',
      condition: 'POOR',
      monthlyRentFen: 60_000,
      utilities: 'PARTIAL',
    },
    note: '租住老旧单元房',
  },
  LIVELIHOOD: {
    answers: { incomeSources: '本人工资', consumptionLevel: 'LOW', durableGoods: 'BASIC', savingsFen: 0 },
    note: '无存款',
  },
  LABOUR: {
    answers: {
      workingAgeMembers: 2,
      employedMembers: 1,
      skills: 'BASIC',
      illOrDisabledMembers: 1,
      careBurden: 'FULL_TIME',
    },
    note: '配偶患病需照护',
  },
  SCHOOLING: {
    answers: {
      childrenInSchool: 1,
      highestStage: 'SENIOR',
      annualSchoolingFen: 600_000,
      educationDebtFen: 0,
    },
    note: '一子读高中',
  },
};

describe('四看法 checklist', () => {
  it('has four looks, each with items', () => {
    expect(FOUR_LOOKS_SECTIONS.map((s) => s.look)).toEqual(['HOUSING', 'LIVELIHOOD', 'LABOUR', 'SCHOOLING']);
    for (const s of FOUR_LOOKS_SECTIONS) expect(s.items.length).toBeGreaterThanOrEqual(4);
  });

  it('accepts a fully answered checklist', () => {
    expect(FourLooksChecklistSchema.safeParse(FILLED_CHECKLIST).success).toBe(true);
  });

  it('refuses a missing answer, a wrong type, a missing note or a missing look', () => {
    const { utilities: _u, ...housing } = FILLED_CHECKLIST.HOUSING.answers;
    const cases = [
      { ...FILLED_CHECKLIST, HOUSING: { ...FILLED_CHECKLIST.HOUSING, answers: housing } },
      {
        ...FILLED_CHECKLIST,
        LABOUR: {
          ...FILLED_CHECKLIST.LABOUR,
          answers: { ...FILLED_CHECKLIST.LABOUR.answers, skills: 'GENIUS' },
        },
      },
      {
        ...FILLED_CHECKLIST,
        LIVELIHOOD: {
          ...FILLED_CHECKLIST.LIVELIHOOD,
          answers: { ...FILLED_CHECKLIST.LIVELIHOOD.answers, savingsFen: 1.5 },
        },
      },
      { ...FILLED_CHECKLIST, SCHOOLING: { ...FILLED_CHECKLIST.SCHOOLING, note: '  ' } },
      {
        HOUSING: FILLED_CHECKLIST.HOUSING,
        LIVELIHOOD: FILLED_CHECKLIST.LIVELIHOOD,
        LABOUR: FILLED_CHECKLIST.LABOUR,
      },
    ];
    for (const c of cases) expect(FourLooksChecklistSchema.safeParse(c).success).toBe(false);
  });
});

describe('一进二看三算四比五查六议', () => {
  it('lists the six steps in order', () => {
    expect(SIX_STEPS.map((s) => [s.no, s.code, s.label.zh])).toEqual([
      [1, 'ENTER', '一进'],
      [2, 'LOOK', '二看'],
      [3, 'CALCULATE', '三算'],
      [4, 'COMPARE', '四比'],
      [5, 'VERIFY', '五查'],
      [6, 'DELIBERATE', '六议'],
    ]);
  });

  it('nextSixStep enforces order and ends with null', () => {
    expect(nextSixStep([])).toBe('ENTER');
    expect(nextSixStep(['ENTER', 'LOOK'])).toBe('CALCULATE');
    expect(nextSixStep(['LOOK'])).toBe('ENTER');
    expect(nextSixStep(SIX_STEPS.map((s) => s.code))).toBeNull();
  });

  it('LOOK embeds the checklist and CALCULATE the classification input', () => {
    expect(SixStepRecordSchemas.LOOK.safeParse({ checklist: FILLED_CHECKLIST }).success).toBe(true);
    expect(SixStepRecordSchemas.LOOK.safeParse({ checklist: {} }).success).toBe(false);
    const input = { standardVersion: 'ACFTU_2020', divisionCode: '522301', year: 2025, householdSize: 3 };
    expect(SixStepRecordSchemas.CALCULATE.safeParse({ input }).success).toBe(true);
    expect(SixStepRecordSchemas.CALCULATE.safeParse({ input: { ...input, householdSize: 0 } }).success).toBe(
      false,
    );
  });

  it('DELIBERATE refuses more votes than attendees', () => {
    const meeting = {
      meetingOn: '2026-03-02',
      attendees: 5,
      votesFor: 4,
      votesAgainst: 1,
      conclusion: 'AGREE',
    };
    expect(SixStepRecordSchemas.DELIBERATE.safeParse(meeting).success).toBe(true);
    expect(SixStepRecordSchemas.DELIBERATE.safeParse({ ...meeting, votesAgainst: 2 }).success).toBe(false);
  });

  it('counts distinct surveyors against the policy minimum', () => {
    expect(hasEnoughSurveyors(['u1', 'u2'], 2)).toBe(true);
    expect(hasEnoughSurveyors(['u1', 'u1'], 2)).toBe(false);
  });
});
