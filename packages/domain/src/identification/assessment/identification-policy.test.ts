import { describe, expect, it } from 'vitest';
import {
  dibaoLineFor,
  IdentificationPolicySchema,
  minimumWageFor,
  DEFAULT_IDENTIFICATION_POLICY as P,
  surveyMethodFor,
} from './identification-policy';

describe('identification policy', () => {
  it('the default parses and carries the brief’s figures', () => {
    const parsed = IdentificationPolicySchema.parse(P);
    expect(parsed).toEqual(P);
    expect(P.exclusions).toHaveLength(5);
    expect(dibaoLineFor(P, '520302', 2016)).toEqual({ monthlyFen: 80_000, from: '520000' });
  });

  it('rejects fractional multiples and money', () => {
    expect(IdentificationPolicySchema.safeParse({ ...P, deepPermille: 1000.5 }).success).toBe(false);
    const floatLine = [{ divisionCode: '520000', year: 2025, monthlyFen: 800.5 }];
    expect(IdentificationPolicySchema.safeParse({ ...P, dibaoLines: floatLine }).success).toBe(false);
  });

  it('falls back from county to prefecture to province', () => {
    const policy = {
      ...P,
      dibaoLines: [
        ...P.dibaoLines,
        { divisionCode: '520302', year: 2025, monthlyFen: 90_000 },
        { divisionCode: '520300', year: 2025, monthlyFen: 85_000 },
      ],
    };
    expect(dibaoLineFor(policy, '520302', 2025)).toEqual({ monthlyFen: 90_000, from: '520302' });
    expect(dibaoLineFor(policy, '520303', 2025)).toEqual({ monthlyFen: 85_000, from: '520300' });
    expect(dibaoLineFor(policy, '520502', 2025)).toEqual({ monthlyFen: 80_000, from: '520000' });
    expect(dibaoLineFor(policy, '520302', 2030)).toBeNull();
    expect(minimumWageFor(policy, '520302', 2025)).toEqual({ monthlyFen: 179_000, from: '520000' });
  });

  it('picks the survey method by the longest org-code prefix', () => {
    expect(surveyMethodFor(P, '522301')).toBe('SIX_STEP');
    expect(surveyMethodFor(P, '520302-G01')).toBe('FOUR_LOOKS');
    expect(surveyMethodFor({ ...P, surveyMethods: [] }, '522301')).toBe('FOUR_LOOKS');
    const county = {
      ...P,
      surveyMethods: [...P.surveyMethods, { orgCodePrefix: '522301', method: 'FOUR_LOOKS' as const }],
    };
    expect(surveyMethodFor(county, '522301')).toBe('FOUR_LOOKS');
    expect(surveyMethodFor(county, '522302')).toBe('SIX_STEP');
  });
});
