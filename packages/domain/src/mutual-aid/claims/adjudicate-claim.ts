import { formatFenAsYuan as yuan } from '../../common/money';
import { ClaimBase } from '../scheme/scheme-enums';
import type { MutualAidPlan, MutualAidScheme } from '../scheme/scheme-schema';
import { daysBetween } from '../scheme/term-dates';
import { payThroughBands } from './band-payout';
import { applyCapsAndOffsets } from './caps-and-offsets';
import type { ClaimRefusal } from './claim-enums';
import { checkClaimGates, memberCover, refusalLabel } from './claim-gates';
import type {
  AdjudicationMember,
  AdjudicationResult,
  AdjudicationStep,
  Claim,
  ClaimHistory,
} from './claim-schema';
import { chooseLumpSum } from './lump-sum-payout';

type Gross =
  | { amountFen: number; countedBaseFen: number; steps: AdjudicationStep[] }
  | { refusal: ClaimRefusal };

function refused(
  code: ClaimRefusal,
  steps: AdjudicationStep[],
  note?: AdjudicationStep['note'],
): AdjudicationResult {
  const label = refusalLabel(code);
  return {
    payableFen: 0,
    countedBaseFen: 0,
    steps: [...steps, { code: 'REFUSED', label, ...(note ? { note } : {}) }],
    refused: { code, label },
  };
}

/** The amount before caps and offsets, by what the plan pays on. */
function grossAmount(
  plan: MutualAidPlan,
  member: AdjudicationMember,
  claim: Claim,
  history: ClaimHistory,
  cover: { from: string; to: string },
): Gross {
  if (plan.base === 'DIAGNOSIS_EVENT') {
    const chosen = chooseLumpSum(plan, claim, history);
    if ('refusal' in chosen) return chosen;
    const label = chosen.lump.name ?? { zh: '列明病种首次确诊', en: 'First diagnosis of a listed disease' };
    return {
      amountFen: chosen.lump.fen,
      countedBaseFen: 0,
      steps: [
        {
          code: 'LUMP_SUM',
          label,
          amountFen: chosen.lump.fen,
          note: {
            zh: `ICD-10 ${claim.icd10},每人每病种限给付一次`,
            en: `ICD-10 ${claim.icd10}; paid once per member and disease`,
          },
        },
      ],
    };
  }
  if (plan.base === 'HOSPITAL_DAYS') {
    // A same-day stay counts as one day.
    const days = Math.max(
      1,
      daysBetween(claim.admissionDate ?? claim.eventDate, claim.dischargeDate ?? claim.eventDate),
    );
    const perDay = plan.dailyAllowanceFen ?? 0;
    return {
      amountFen: days * perDay,
      countedBaseFen: 0,
      steps: [
        {
          code: 'DAILY_ALLOWANCE',
          label: { zh: '住院津贴', en: 'Daily allowance' },
          amountFen: days * perDay,
          note: { zh: `住院 ${days} 天 × ${yuan(perDay)} 元`, en: `${days} days × ${yuan(perDay)} yuan` },
        },
      ],
    };
  }
  const raw = plan.base === 'TOTAL_ELIGIBLE_COST' ? claim.totalCostFen : claim.policyScopeSelfPayFen;
  const steps: AdjudicationStep[] = [{ code: 'BASE', label: ClaimBase.labels[plan.base], amountFen: raw }];
  const perStay = plan.deductible.perStayFen ?? 0;
  const base = Math.max(0, raw - perStay);
  if (perStay > 0)
    steps.push({
      code: 'DEDUCTIBLE_PER_STAY',
      label: { zh: '每次住院起付线', en: 'Deductible per stay' },
      amountFen: raw - base,
      note: {
        zh: `每次住院自付 ${yuan(perStay)} 元以下部分不予互助`,
        en: `The first ${yuan(perStay)} yuan of each stay is not paid`,
      },
    });
  const priorBaseFen = history
    .filter((h) => h.planCode === plan.code && h.date >= cover.from && h.date <= cover.to)
    .reduce((sum, h) => sum + (h.baseFen ?? 0), 0);
  const banded = payThroughBands({
    bands: plan.bands,
    hardship: member.hardship,
    deductiblePerYearFen: plan.deductible.perYearFen ?? 0,
    priorBaseFen,
    baseFen: base,
  });
  return { amountFen: banded.amountFen, countedBaseFen: base, steps: [...steps, ...banded.steps] };
}

/**
 * Decides one claim under one scheme version and says how: each step names the figure it used,
 * the rate and why, so the caseworker can check it and the worker can read it. Pure: the caller
 * passes the member's earlier claims; nothing here reads a clock or a database.
 */
export function adjudicateClaim(
  scheme: MutualAidScheme,
  member: AdjudicationMember,
  claim: Claim,
  history: ClaimHistory,
): AdjudicationResult {
  const plan = scheme.plans.find((p) => p.code === claim.planCode);
  if (!plan) return refused('PLAN_NOT_IN_SCHEME', []);
  const gate = checkClaimGates(plan, member, claim);
  if (gate) return refused(gate.code, [], gate.note);
  const cover = memberCover(plan, member);
  const gross = grossAmount(plan, member, claim, history, cover);
  if ('refusal' in gross) return refused(gross.refusal, []);
  const capped = applyCapsAndOffsets(plan, gross.amountFen, {
    cover,
    history,
    otherUnionAidFen: claim.otherUnionAidFen,
  });
  const steps = [
    ...gross.steps,
    ...capped.steps,
    { code: 'PAYABLE', label: { zh: '本次应付互助金', en: 'Payable' }, amountFen: capped.payableFen },
  ];
  return { payableFen: capped.payableFen, countedBaseFen: gross.countedBaseFen, steps };
}
