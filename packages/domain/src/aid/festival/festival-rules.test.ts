import { describe, expect, it } from 'vitest';
import { festivalCategories, festivalEligible } from './festival-eligibility';
import { amountsOverCap, DEFAULT_FESTIVAL_POLICY } from './festival-policy';
import { FestivalCampaignInputSchema } from './festival-schema';

const rule = { eligibleStatuses: ['FILED', 'AIDED'] as const, amounts: { DEEP: 200_000, RELATIVE: 100_000 } };

describe('festivalEligible', () => {
  it.each([
    ['FILED', 'DEEP', { eligible: true, amountFen: 200_000 }],
    ['AIDED', 'RELATIVE', { eligible: true, amountFen: 100_000 }],
    ['FILED', 'ACCIDENT', { eligible: false, reason: 'CATEGORY' }],
    ['UNDER_REVIEW', 'DEEP', { eligible: false, reason: 'STATUS' }],
    ['EXITED_TUOKUN', 'DEEP', { eligible: false, reason: 'STATUS' }],
  ] as const)('%s %s', (status, category, expected) => {
    expect(festivalEligible({ status, category }, rule)).toMatchObject(expected);
  });

  it('names the categories that carry an amount', () => {
    expect(festivalCategories(rule.amounts)).toEqual(['DEEP', 'RELATIVE']);
  });
});

describe('FestivalCampaignInputSchema', () => {
  const input = {
    orgId: '0190c5c8-0000-7000-8000-000000000001',
    name: '2027年春节送温暖',
    festival: 'SPRING_FESTIVAL',
    year: 2027,
    amounts: { DEEP: 200_000 },
    fundingSource: 'CENTRAL_SPECIAL',
  } as const;

  it('defaults the statuses to filed files', () => {
    expect(FestivalCampaignInputSchema.parse(input).eligibleStatuses).toEqual(['FILED', 'AIDED']);
  });

  it.each([
    ['zero', { DEEP: 0 }],
    ['fractional fen', { DEEP: 10.5 }],
    ['no category', {}],
    ['unknown category', { POOR: 100 }],
  ])('refuses %s amounts', (_what, amounts) => {
    expect(FestivalCampaignInputSchema.safeParse({ ...input, amounts }).success).toBe(false);
  });

  it('flags amounts above the configured cap, per category', () => {
    const over = amountsOverCap({ DEEP: 500_001, RELATIVE: 500_000 }, DEFAULT_FESTIVAL_POLICY);
    expect(Object.keys(over)).toEqual(['amounts.DEEP']);
    expect(over['amounts.DEEP']?.[0]).toContain('5,000.00');
  });
});
