import { describe, expect, it } from 'vitest';
import { splitContribution } from './contribution';
import { DEMO_SCHEMES, LIUPANSHUI_SCHEME, SINAN_SCHEME, ZUNYI_SCHEME } from './demo';
import { MutualAidSchemeSchema } from './scheme-schema';

const sum = (shares: { fen: number }[]) => shares.reduce((s, x) => s + x.fen, 0);

describe('the article schemes as configuration', () => {
  it.each(DEMO_SCHEMES.map((s) => [s.code, s] as const))('%s is a valid scheme', (_, scheme) => {
    expect(MutualAidSchemeSchema.safeParse(scheme).error?.issues).toBeUndefined();
  });

  it('every plan splits to its total for ordinary and hardship members alike', () => {
    for (const plan of DEMO_SCHEMES.flatMap((s) => s.plans))
      for (const hardship of [false, true])
        expect(sum(splitContribution(plan, { hardship }))).toBe(plan.contribution.totalFen);
  });

  it('思南: government 100, county union 60, worker 100', () => {
    expect(splitContribution(SINAN_SCHEME.plans[0]!, { hardship: false })).toEqual([
      { payer: 'GOVERNMENT', fen: 10_000 },
      { payer: 'COUNTY_UNION', fen: 6_000 },
      { payer: 'INDIVIDUAL', fen: 10_000 },
    ]);
  });

  it('六盘水: ordinary worker pays 100; hardship worker 60, city and county unions 20 each', () => {
    const plan = LIUPANSHUI_SCHEME.plans[0]!;
    expect(splitContribution(plan, { hardship: false })).toEqual([{ payer: 'INDIVIDUAL', fen: 10_000 }]);
    expect(splitContribution(plan, { hardship: true })).toEqual([
      { payer: 'INDIVIDUAL', fen: 6_000 },
      { payer: 'PREFECTURE_UNION', fen: 2_000 },
      { payer: 'COUNTY_UNION', fen: 2_000 },
    ]);
  });
});

describe('a scheme that does not add up is refused when it is saved', () => {
  const plan = LIUPANSHUI_SCHEME.plans[0]!;
  const withPlan = (changes: object) => ({ ...LIUPANSHUI_SCHEME, plans: [{ ...plan, ...changes }] });
  const messages = (input: unknown) =>
    MutualAidSchemeSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ??
    [];

  it('refuses shares that miss a category’s total', () => {
    const split = plan.contribution.split.filter((s) => s.payer !== 'COUNTY_UNION');
    expect(messages(withPlan({ contribution: { totalFen: 10_000, split } }))).toEqual([
      expect.stringContaining('plans.0.contribution.split: 困难职工'),
    ]);
  });

  it('refuses overlapping bands, rates above 100 %, unknown exclusive codes and duplicate plans', () => {
    const overlapping = [
      { fromFen: 0, toFen: 1_000, ratePermille: 500 },
      { fromFen: 500, toFen: null, ratePermille: 500 },
    ];
    expect(messages(withPlan({ bands: overlapping }))).toEqual([
      expect.stringContaining('plans.0.bands.1.fromFen'),
    ]);
    expect(messages(withPlan({ bands: [{ fromFen: 0, toFen: null, ratePermille: 1_001 }] }))).toHaveLength(1);
    expect(messages({ ...ZUNYI_SCHEME, exclusiveGroups: [['INPATIENT', 'NOPE']] })).toEqual([
      expect.stringContaining('exclusiveGroups.0.1'),
    ]);
    expect(messages({ ...ZUNYI_SCHEME, plans: [...ZUNYI_SCHEME.plans, ZUNYI_SCHEME.plans[0]] })).toEqual([
      expect.stringContaining('duplicate plan code'),
    ]);
  });

  it('refuses a ratio plan without bands', () => {
    expect(messages(withPlan({ bands: [] }))).toEqual([expect.stringContaining('plans.0.bands')]);
  });
});
