import type { Label } from '../../common/labelled-enum';
import { formatFenAsYuan } from '../../common/money';
import { HardshipCategory } from '../../household/enums';
import { AidProgramme, type ApprovalLevel } from './aid-enums';
import type { AidCap, AidPolicy } from './aid-policy';

export interface PaymentRuleRequest {
  readonly programme: AidProgramme;
  readonly amountFen: number;
  /** 医疗救助: the self-paid cost, when known. */
  readonly selfPaidFen: number | null;
}

export interface HouseholdAidFacts {
  readonly category: HardshipCategory;
  readonly memberCount: number;
  /** Members in senior secondary, vocational or higher education. */
  readonly studentCount: number;
  /** L: the monthly 低保 line per person in fen, for the household's division and year. */
  readonly dibaoLineFen: number | null;
}

/** Net money (payments − recoveries, plus requests not yet paid) per programme this year. */
export type YearToDate = Readonly<Partial<Record<AidProgramme, number>>>;

export interface RuleBreach {
  readonly code: 'CAP_EXCEEDED' | 'STACKING_LIMIT' | 'SELF_PAID_REQUIRED' | 'DIBAO_LINE_MISSING';
  readonly label: Label;
}

export type PaymentRuleResult =
  | {
      ok: true;
      requiredLevel: ApprovalLevel;
      levelSource: string;
      /** The lowest cap that applied and where it came from; null when no cap applies. */
      capFen: number | null;
      capSource: string | null;
    }
  | { ok: false; rule: RuleBreach };

const yuan = (fen: number): string => `¥${formatFenAsYuan(fen)}`;
const fail = (code: RuleBreach['code'], zh: string, en: string): PaymentRuleResult => ({
  ok: false,
  rule: { code, label: { zh, en } },
});

/** The caps of the policy that bind this programme for this category. */
function capsFor(policy: AidPolicy, programme: AidProgramme, category: HardshipCategory): AidCap[] {
  return policy.caps.filter(
    (c) => c.programme === programme && (c.categories === null || c.categories.includes(category)),
  );
}

function unitsOf(cap: AidCap, facts: HouseholdAidFacts): number {
  if (cap.unit === 'PERSON') return facts.memberCount;
  if (cap.unit === 'STUDENT') return facts.studentCount;
  return 1;
}

/** One cap in fen, or a breach when an input it needs is missing. Integer arithmetic only. */
function capAmount(cap: AidCap, req: PaymentRuleRequest, facts: HouseholdAidFacts): number | RuleBreach {
  const units = unitsOf(cap, facts);
  const limits: number[] = [];
  if (cap.dibaoMultiplePermille !== undefined) {
    if (facts.dibaoLineFen === null) {
      return {
        code: 'DIBAO_LINE_MISSING',
        label: { zh: '未配置当地低保标准', en: 'No local 低保 line configured' },
      };
    }
    limits.push(Math.floor((facts.dibaoLineFen * cap.dibaoMultiplePermille) / 1000) * units);
  }
  if (cap.fixedFen !== undefined) limits.push(cap.fixedFen * units);
  if (cap.selfPaidSharePermille !== undefined) {
    if (req.selfPaidFen === null) {
      return {
        code: 'SELF_PAID_REQUIRED',
        label: { zh: '须填写个人自付医疗费用', en: 'The self-paid medical cost is required' },
      };
    }
    limits.push(Math.floor((req.selfPaidFen * cap.selfPaidSharePermille) / 1000));
  }
  return Math.min(...limits);
}

/** The approval level a payment needs: the highest limit it exceeds, else the default. */
export function requiredApprovalLevel(
  policy: AidPolicy,
  programme: AidProgramme,
  amountFen: number,
): { level: ApprovalLevel; source: string } {
  let best = { level: policy.defaultApprovalLevel, source: policy.defaultApprovalSource };
  for (const limit of policy.approvalLimits) {
    if (limit.programme !== null && limit.programme !== programme) continue;
    if (amountFen > limit.aboveFen && approvalRank(limit.level) > approvalRank(best.level)) {
      best = { level: limit.level, source: limit.source };
    }
  }
  return best;
}

const RANK: Readonly<Record<ApprovalLevel, number>> = {
  GRASSROOTS: 0,
  COUNTY: 1,
  PREFECTURE: 2,
  PROVINCE: 3,
  ACFTU: 4,
};
export const approvalRank = (level: ApprovalLevel): number => RANK[level];

function checkStacking(
  policy: AidPolicy,
  req: PaymentRuleRequest,
  facts: HouseholdAidFacts,
  ytd: YearToDate,
): PaymentRuleResult | null {
  for (const rule of policy.stacking) {
    if (!rule.categories.includes(facts.category) || rule.exemptProgrammes.includes(req.programme)) continue;
    const held = AidProgramme.values.filter(
      (p) => p !== req.programme && (ytd[p] ?? 0) > 0 && !rule.exemptProgrammes.includes(p),
    );
    if (held.length + 1 > rule.maxProgrammesPerYear) {
      const names = held.map((p) => AidProgramme.label(p, 'zh')).join('、');
      const namesEn = held.map((p) => AidProgramme.label(p, 'en')).join(', ');
      return fail(
        'STACKING_LIMIT',
        `${HardshipCategory.label(facts.category)}家庭每年最多享受${rule.maxProgrammesPerYear}个帮扶项目(本年已享受:${names})`,
        `${HardshipCategory.label(facts.category, 'en')} households get at most ${rule.maxProgrammesPerYear} programme(s) a year (already this year: ${namesEn})`,
      );
    }
  }
  return null;
}

/**
 * Decides whether a payment fits the programme rules of brief §6.2: the yearly caps (lowest
 * wins), the stacking rule, and which level must approve it. Pure; the caller supplies L and
 * the year's totals so the decision can be replayed from what is stored.
 */
export function checkPaymentRules(
  req: PaymentRuleRequest,
  facts: HouseholdAidFacts,
  ytd: YearToDate,
  policy: AidPolicy,
): PaymentRuleResult {
  const stacking = checkStacking(policy, req, facts, ytd);
  if (stacking) return stacking;
  let cap: { fen: number; source: string } | null = null;
  for (const c of capsFor(policy, req.programme, facts.category)) {
    const amount = capAmount(c, req, facts);
    if (typeof amount !== 'number') return { ok: false, rule: amount };
    if (cap === null || amount < cap.fen) cap = { fen: amount, source: c.source };
  }
  const already = ytd[req.programme] ?? 0;
  if (cap !== null && already + req.amountFen > cap.fen) {
    const label = AidProgramme.labels[req.programme];
    return fail(
      'CAP_EXCEEDED',
      `${label.zh}本年上限${yuan(cap.fen)},已发放及在途${yuan(already)},本次${yuan(req.amountFen)}超出上限`,
      `${label.en} is capped at ${yuan(cap.fen)} a year; ${yuan(already)} already paid or pending, ${yuan(req.amountFen)} more exceeds it`,
    );
  }
  const { level, source } = requiredApprovalLevel(policy, req.programme, req.amountFen);
  return {
    ok: true,
    requiredLevel: level,
    levelSource: source,
    capFen: cap?.fen ?? null,
    capSource: cap?.source ?? null,
  };
}
