import { describe, expect, it } from 'vitest';
import { DEFAULT_AID_POLICY } from './aid-policy';
import { balanceOf, balancesBy } from './ledger-balance';
import { checkPaymentRules, type HouseholdAidFacts, requiredApprovalLevel } from './payment-rules';

const L = 80_000; // ¥800, the brief's illustrative line (§2.5)
const facts = (over: Partial<HouseholdAidFacts> = {}): HouseholdAidFacts => ({
  category: 'DEEP',
  memberCount: 3,
  studentCount: 1,
  dibaoLineFen: L,
  ...over,
});
const rule = (r: ReturnType<typeof checkPaymentRules>) => (r.ok ? 'OK' : r.rule.code);

describe('checkPaymentRules (brief §6.2 defaults)', () => {
  it.each([
    // [what, programme, amount, selfPaid, facts, year-to-date, expected]
    ['深度 living aid at 10 × L', 'LIVING', 800_000, null, {}, {}, 'OK'],
    ['深度 living aid one fen over 10 × L', 'LIVING', 800_001, null, {}, {}, 'CAP_EXCEEDED'],
    [
      '相对 living aid capped at 8 × L',
      'LIVING',
      640_001,
      null,
      { category: 'RELATIVE' },
      {},
      'CAP_EXCEEDED',
    ],
    [
      'earlier aid this year counts toward the cap',
      'LIVING',
      300_001,
      null,
      {},
      { LIVING: 500_000 },
      'CAP_EXCEEDED',
    ],
    [
      '相对 medical: min(80 % of ¥30,000, ¥16,000) = ¥16,000',
      'MEDICAL',
      1_600_000,
      3_000_000,
      { category: 'RELATIVE' },
      {},
      'OK',
    ],
    [
      '相对 medical one fen over ¥16,000',
      'MEDICAL',
      1_600_001,
      3_000_000,
      { category: 'RELATIVE' },
      {},
      'CAP_EXCEEDED',
    ],
    [
      '相对 cannot also get 助学 that year',
      'EDUCATION',
      100_000,
      null,
      { category: 'RELATIVE' },
      { MEDICAL: 1_600_000 },
      'STACKING_LIMIT',
    ],
    [
      '…but festival money does not count as a programme',
      'LIVING',
      100_000,
      null,
      { category: 'RELATIVE' },
      { FESTIVAL: 50_000 },
      'OK',
    ],
    ['深度 may stack programmes', 'EDUCATION', 100_000, null, {}, { MEDICAL: 1_600_000 }, 'OK'],
    ['深度 medical up to the self-paid cost', 'MEDICAL', 3_000_001, 3_000_000, {}, {}, 'CAP_EXCEEDED'],
    ['medical aid needs the self-paid cost', 'MEDICAL', 100_000, null, {}, {}, 'SELF_PAID_REQUIRED'],
    [
      '意外 medical: 15 % of self-paid, cap ¥10,000',
      'MEDICAL',
      150_001,
      1_000_000,
      { category: 'ACCIDENT' },
      {},
      'CAP_EXCEEDED',
    ],
    ['education is per student', 'EDUCATION', 1_600_000, null, { studentCount: 2 }, {}, 'OK'],
    ['no student, no education aid', 'EDUCATION', 1, null, { studentCount: 0 }, {}, 'CAP_EXCEEDED'],
    ['临时救助 ≤ ¥3,000 per person', 'TEMPORARY_RELIEF', 900_000, null, {}, {}, 'OK'],
    ['临时救助 over ¥3,000 per person', 'TEMPORARY_RELIEF', 900_001, null, {}, {}, 'CAP_EXCEEDED'],
    ['no L configured', 'LIVING', 1, null, { dibaoLineFen: null }, {}, 'DIBAO_LINE_MISSING'],
    ['legal aid has no cap', 'LEGAL', 9_999_999, null, {}, {}, 'OK'],
  ] as const)('%s', (_what, programme, amountFen, selfPaidFen, over, ytd, expected) => {
    const r = checkPaymentRules({ programme, amountFen, selfPaidFen }, facts(over), ytd, DEFAULT_AID_POLICY);
    expect(rule(r)).toBe(expected);
    if (!r.ok) expect(r.rule.label.zh.length).toBeGreaterThan(0);
  });

  it('names the rule and what was already received', () => {
    const r = checkPaymentRules(
      { programme: 'EDUCATION', amountFen: 100_000, selfPaidFen: null },
      facts({ category: 'RELATIVE' }),
      { MEDICAL: 1_600_000 },
      DEFAULT_AID_POLICY,
    );
    expect(r).toMatchObject({ ok: false, rule: { code: 'STACKING_LIMIT' } });
    if (!r.ok) expect(r.rule.label.zh).toBe('相对困难家庭每年最多享受1个帮扶项目(本年已享受:医疗救助)');
  });

  it('reports the cap and the level it used', () => {
    const r = checkPaymentRules(
      { programme: 'LIVING', amountFen: 1, selfPaidFen: null },
      facts(),
      {},
      DEFAULT_AID_POLICY,
    );
    expect(r).toEqual({
      ok: true,
      requiredLevel: 'COUNTY',
      levelSource: '[A]',
      capFen: 800_000,
      capSource: '[S21][L]',
    });
  });
});

describe('requiredApprovalLevel', () => {
  it.each([
    ['MEDICAL', 2_000_000, 'COUNTY'],
    ['MEDICAL', 2_000_001, 'PROVINCE'],
    ['MEDICAL', 5_000_000, 'PROVINCE'],
    ['MEDICAL', 5_000_001, 'ACFTU'],
    ['LIVING', 9_000_000, 'COUNTY'],
  ] as const)('%s %i fen needs %s', (programme, amountFen, level) => {
    expect(requiredApprovalLevel(DEFAULT_AID_POLICY, programme, amountFen).level).toBe(level);
  });
});

describe('ledger balances', () => {
  const lines = [
    { kind: 'PAYMENT' as const, amountFen: 10_000, p: 'LIVING' },
    { kind: 'PAYMENT' as const, amountFen: 5_000, p: 'MEDICAL' },
    { kind: 'RECOVERY' as const, amountFen: -5_000, p: 'MEDICAL' },
  ];
  it('keeps net = paid − recovered, in total and per key', () => {
    expect(balanceOf(lines)).toEqual({ paidFen: 15_000, recoveredFen: 5_000, netFen: 10_000, entries: 3 });
    expect(Object.fromEntries(balancesBy(lines, (l) => l.p))).toEqual({
      LIVING: { paidFen: 10_000, recoveredFen: 0, netFen: 10_000, entries: 1 },
      MEDICAL: { paidFen: 5_000, recoveredFen: 5_000, netFen: 0, entries: 2 },
    });
  });
  it('counts pre-grouped lines by their entries', () => {
    expect(balanceOf([{ kind: 'PAYMENT', amountFen: 30_000, entries: 3 }]).entries).toBe(3);
  });
});
