import type { Label } from '../../common/labelled-enum';
import type { MutualAidPlan } from '../scheme/scheme-schema';
import { coverPeriod, daysBetween } from '../scheme/term-dates';
import { ClaimRefusal, DocumentKind } from './claim-enums';
import type { AdjudicationMember, Claim } from './claim-schema';
import { CLAIM_KINDS_BY_PLAN_TYPE, requiredDocuments } from './required-documents';

export interface GateRefusal {
  code: ClaimRefusal;
  note?: Label;
}

/** The member's cover for this term: a fixed common start date when the plan has one (brief §7.1). */
export function memberCover(plan: MutualAidPlan, member: AdjudicationMember): { from: string; to: string } {
  const termStart = plan.fixedStartDate ?? member.enrolledOn;
  // Joining after the common start date covers from the day of joining (ISO dates sort as text).
  const from = member.coverFrom ?? [member.enrolledOn, termStart].sort()[1] ?? termStart;
  return { from, to: member.coverTo ?? coverPeriod(termStart, plan.termMonths).to };
}

/**
 * Refusals that do not depend on amounts, in the order a caseworker checks them: the plan covers
 * this kind of claim and this member, the event lies in cover and past the waiting period, the
 * claim came in time, and the papers are complete.
 */
export function checkClaimGates(
  plan: MutualAidPlan,
  member: AdjudicationMember,
  claim: Claim,
): GateRefusal | null {
  if (!CLAIM_KINDS_BY_PLAN_TYPE[plan.type].includes(claim.kind)) return { code: 'KIND_NOT_COVERED' };
  if (plan.eligibility.sex && plan.eligibility.sex !== member.sex) return { code: 'NOT_ELIGIBLE_SEX' };
  const cover = memberCover(plan, member);
  const note = (zh: string, en: string): Label => ({ zh, en });
  if (claim.eventDate < cover.from)
    return { code: 'BEFORE_COVER', note: note(`保障自 ${cover.from} 起`, `Cover starts ${cover.from}`) };
  if (claim.eventDate > cover.to)
    return { code: 'AFTER_COVER', note: note(`保障至 ${cover.to} 止`, `Cover ended ${cover.to}`) };
  const waiting = member.firstEnrolment ? plan.waitingDaysFirstEnrolment : plan.waitingDaysRenewal;
  const daysIn = daysBetween(cover.from, claim.eventDate);
  if (daysIn < waiting)
    return {
      code: 'WAITING_PERIOD',
      note: note(
        `首次参加等待期 ${waiting} 天,事件发生在第 ${daysIn} 天`,
        `Waiting period ${waiting} days; the event came on day ${daysIn}`,
      ),
    };
  const windowFrom = claim.dischargeDate ?? claim.eventDate;
  const late = daysBetween(windowFrom, claim.submittedOn);
  if (late > plan.claimWindowDays)
    return {
      code: 'CLAIM_WINDOW_PASSED',
      note: note(
        `须在 ${plan.claimWindowDays} 天内申请,已过 ${late} 天`,
        `Must claim within ${plan.claimWindowDays} days; ${late} days passed`,
      ),
    };
  const missing = requiredDocuments(plan.type, claim.kind).filter((d) => !claim.documents.includes(d));
  if (missing.length > 0)
    return {
      code: 'DOCUMENTS_MISSING',
      note: note(
        `缺少:${missing.map((d) => DocumentKind.label(d, 'zh')).join('、')}`,
        `Missing: ${missing.map((d) => DocumentKind.label(d, 'en')).join(', ')}`,
      ),
    };
  return null;
}

export function refusalLabel(code: ClaimRefusal): Label {
  return ClaimRefusal.labels[code];
}
