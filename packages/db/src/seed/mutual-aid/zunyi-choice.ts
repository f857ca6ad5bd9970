import type { Rng } from '../prng';

/** A 遵义 member chooses 1 to 3 plans (one of 住院医疗 / 住院津贴, which exclude each other). */
export const ZUNYI_MAX_PLANS = 3;

/** Expected enrolments per plan when `members` members hold `enrolments` plans, for the claim weights. */
export function expectedZunyiEnrolments(members: number, enrolments: number): Record<string, number> {
  const extra = Math.max(0, enrolments - members);
  return {
    INPATIENT: (members * 2) / 3,
    DAILY: members / 3,
    ACCIDENT: extra * 0.55,
    CRITICAL: extra * 0.35,
    FEMALE: extra * 0.1,
  };
}

/**
 * Hands out exactly `total` plan choices among `members` members, one member at a time, each
 * between 1 and 3 and around the mean, never leaving the rest an impossible remainder. The
 * number of choices is what makes the province's contributions add up to the article's total.
 */
export class ZunyiChoices {
  private left: number;
  private membersLeft: number;

  constructor(
    private readonly rng: Rng,
    members: number,
    total: number,
  ) {
    if (total < members || total > members * ZUNYI_MAX_PLANS)
      throw new RangeError(`遵义: ${total} choices cannot be shared by ${members} members`);
    this.left = total;
    this.membersLeft = members;
  }

  /** The plans of the next member, in the order of their preference. */
  next(member: { hardship: boolean; femaleEligible: boolean }): string[] {
    if (this.membersLeft <= 0) throw new RangeError('遵义: more members than planned');
    const mean = this.left / this.membersLeft;
    const draw = Math.floor(mean) + (this.rng.float() < mean - Math.floor(mean) ? 1 : 0);
    const spread = draw + this.rng.int(-1, 1);
    const rest = this.membersLeft - 1;
    const lo = Math.max(1, this.left - ZUNYI_MAX_PLANS * rest);
    const hi = Math.min(ZUNYI_MAX_PLANS, this.left - rest);
    const count = Math.min(hi, Math.max(lo, spread));
    this.left -= count;
    this.membersLeft -= 1;
    return this.preferences(member).slice(0, count);
  }

  /** 遵义 bought critical-illness and female-disease cover for all hardship workers (brief §7.1). */
  private preferences(member: { hardship: boolean; femaleEligible: boolean }): string[] {
    const inpatient = this.rng.chance(2 / 3) ? 'INPATIENT' : 'DAILY';
    const disease = member.femaleEligible && this.rng.chance(0.3) ? 'FEMALE' : 'CRITICAL';
    if (member.hardship) return [disease, inpatient, 'ACCIDENT'];
    return this.rng.chance(0.6) ? [inpatient, 'ACCIDENT', disease] : [inpatient, disease, 'ACCIDENT'];
  }
}
