import { CLAIM_KINDS_BY_PLAN_TYPE, type Claim, type ClaimKind, requiredDocuments } from '@bangfu/domain';
import type { Rng } from '../prng';
import { MAX_STAY_DAYS, payoutKind } from './claim-profiles';
import { addIsoDays } from './context';
import type { EnrolledPlan } from './enrolment-rows';

/** Everything random about one claim except the amount its payout is tuned by. */
export interface ClaimShape {
  readonly enrolled: EnrolledPlan;
  readonly kind: ClaimKind;
  readonly eventDate: string;
  readonly dischargeDate: string | null;
  readonly submittedOn: string;
  readonly paidOn: string;
  readonly icd10: string | null;
  /** Self-pay outside the insurance catalogue, per cent of the policy-scope self-pay. */
  readonly outOfScopePct: number;
  /** What basic insurance paid, per cent of the self-pay (accidents: of the total cost). */
  readonly insurancePct: number;
  /** The bills' base for claims whose payout does not depend on them (lump sums, allowances). */
  readonly fixedBaseFen: number;
}

const CANCERS = ['C34.9', 'C16.9', 'C22.0', 'C18.9', 'C15.9', 'C25.9', 'C92.0', 'C71.9'];
const LAST_EVENT = '2016-12-10';

const daysFrom = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** An ICD-10 code under a listed prefix ('C' → a common cancer, 'I21' → 'I21.9'). */
function icd10Under(rng: Rng, prefix: string): string {
  if (/^[A-Z]$/.test(prefix)) return rng.pick(CANCERS.filter((c) => c.startsWith(prefix)));
  return /^[A-Z]\d{2}$/.test(prefix) ? `${prefix}.9` : prefix;
}

/** A listed diagnosis; most first diagnoses of a critical illness are cancers. */
function listedDiagnosis(rng: Rng, enrolled: EnrolledPlan): string {
  const lumps = enrolled.plan.lumpSums;
  const lump = lumps.length > 1 && rng.chance(0.6) ? lumps[0] : rng.pick(lumps);
  return icd10Under(rng, rng.pick(lump?.icd10Prefixes ?? ['C']));
}

/** The dates, diagnosis and cost ratios of one claim: in cover, past the waiting period, on time. */
export function drawClaimShape(rng: Rng, enrolled: EnrolledPlan): ClaimShape {
  const { plan, member } = enrolled;
  const kind = CLAIM_KINDS_BY_PLAN_TYPE[plan.type][0] as ClaimKind;
  const waiting = member.firstEnrolment ? plan.waitingDaysFirstEnrolment : plan.waitingDaysRenewal;
  const from = addIsoDays(member.coverFrom ?? member.enrolledOn, waiting);
  const to = [member.coverTo ?? LAST_EVENT, LAST_EVENT].sort()[0] as string;
  const eventDate = addIsoDays(from, rng.int(0, Math.max(0, daysFrom(from, to))));
  const dischargeDate = kind === 'INPATIENT' ? addIsoDays(eventDate, rng.int(2, MAX_STAY_DAYS)) : null;
  const submittedOn = addIsoDays(dischargeDate ?? eventDate, rng.int(3, 60));
  const lump = payoutKind(plan) === 'LUMP';
  return {
    enrolled,
    kind,
    eventDate,
    dischargeDate,
    submittedOn,
    paidOn: addIsoDays(submittedOn, rng.int(7, 30)),
    icd10: lump ? listedDiagnosis(rng, enrolled) : null,
    outOfScopePct: rng.int(5, 40),
    insurancePct: kind === 'ACCIDENT_INJURY' ? rng.int(0, 60) : rng.int(150, 500),
    fixedBaseFen: rng.int(lump ? 5_000 : 2_000, lump ? 150_000 : 30_000) * 100,
  };
}

/** The claim as the unit union files it, its base (self-pay in scope, or total cost) set to `baseFen`. */
export function claimBody(shape: ClaimShape, baseFen: number): Claim {
  const { plan } = shape.enrolled;
  let total: number;
  let insurance: number;
  let selfPay: number;
  let inScope: number;
  if (plan.base === 'TOTAL_ELIGIBLE_COST') {
    total = baseFen;
    insurance = Math.floor((baseFen * shape.insurancePct) / 100);
    selfPay = total - insurance;
    inScope = Math.floor((selfPay * 85) / 100);
  } else {
    inScope = baseFen;
    selfPay = baseFen + Math.floor((baseFen * shape.outOfScopePct) / 100);
    insurance = Math.floor((selfPay * shape.insurancePct) / 100);
    total = insurance + selfPay;
  }
  return {
    planCode: plan.code,
    kind: shape.kind,
    eventDate: shape.eventDate,
    ...(shape.dischargeDate ? { admissionDate: shape.eventDate, dischargeDate: shape.dischargeDate } : {}),
    submittedOn: shape.submittedOn,
    ...(shape.icd10 ? { icd10: shape.icd10 } : {}),
    firstDiagnosis: shape.kind === 'DIAGNOSIS',
    totalCostFen: total,
    basicInsurancePaidFen: insurance,
    selfPayFen: selfPay,
    policyScopeSelfPayFen: inScope,
    otherUnionAidFen: 0,
    documents: requiredDocuments(plan.type, shape.kind),
  };
}
