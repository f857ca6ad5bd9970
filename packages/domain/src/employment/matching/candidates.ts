import type { MatchPolicy } from './match-policy';
import type { MatchHousehold, MatchMember, MatchPosition } from './match-types';

/** Members who may be offered work: of working age, not in school or retired, fit to work. */
export function matchCandidates(household: MatchHousehold, policy: MatchPolicy): MatchMember[] {
  return household.members.filter(
    (m) =>
      m.age >= policy.minAge &&
      m.age <= policy.maxAge &&
      !policy.nonWorkingStatuses.includes(m.workStatus) &&
      !policy.unfitHealth.includes(m.health),
  );
}

/** Whether a candidate may take a position at all; one they may not never scores. */
export function canTakePosition(member: MatchMember, position: MatchPosition, policy: MatchPolicy): boolean {
  const heavy = !position.suitability.includes('NO_HEAVY_LABOUR');
  if (heavy && policy.heavyLabourNeedsGoodHealth) {
    return member.health === 'GOOD' && member.disabilityKind === null;
  }
  return true;
}

/**
 * Whether someone at home needs the worker nearby at set times: a child taken to and from
 * pre-school or primary school, or a member with a serious illness.
 */
export function hasCareDuties(household: MatchHousehold, policy: MatchPolicy): boolean {
  return household.members.some(
    (m) =>
      m.workStatus === 'PRESCHOOL' ||
      policy.careSchoolStages.includes(m.schoolStage) ||
      policy.careNeedingHealth.includes(m.health),
  );
}

/** The household's monthly shortfall against the target (never negative), in fen. */
export function monthlyNeedFen(household: MatchHousehold, policy: MatchPolicy): number {
  return Math.max(0, policy.targetPerCapitaFen * household.memberCount - household.monthlyIncomeFen);
}
