import type { Label } from '../../common/labelled-enum';
import type { Sex } from '../../household/enums';
import type { MutualAidPlan, MutualAidScheme } from './scheme-schema';
import { ageOn } from './term-dates';

export interface EnrolmentMember {
  sex: Sex;
  birthDate: string;
  inService: boolean;
  unionMember: boolean;
}

/** The unit's headcount and how many of its staff this enrolment round covers (group plans). */
export interface EnrolmentUnit {
  staffCount: number;
  enrollingCount: number;
}

export interface EligibilityReason {
  code: string;
  label: Label;
}

export interface EligibilityVerdict {
  ok: boolean;
  reasons: EligibilityReason[];
}

const verdict = (reasons: EligibilityReason[]): EligibilityVerdict => ({ ok: reasons.length === 0, reasons });

/**
 * Whether a member may join a plan. Age is taken on `asOf` (the cover start), defaulting to the
 * plan's fixed start date; a plan with age limits and no date to measure on refuses rather than guesses.
 */
export function checkEnrolmentEligibility(
  plan: MutualAidPlan,
  member: EnrolmentMember,
  unit: EnrolmentUnit,
  asOf: string | undefined = plan.fixedStartDate,
): EligibilityVerdict {
  const e = plan.eligibility;
  const reasons: EligibilityReason[] = [];
  const add = (code: string, zh: string, en: string) => reasons.push({ code, label: { zh, en } });
  if (e.ageMin !== undefined || e.ageMax !== undefined) {
    if (!asOf) add('AGE_DATE_MISSING', '缺少计算年龄的日期', 'No date to measure age on');
    else {
      const age = ageOn(member.birthDate, asOf);
      if (e.ageMin !== undefined && age < e.ageMin)
        add('AGE_BELOW', `未满 ${e.ageMin} 周岁`, `Younger than ${e.ageMin}`);
      if (e.ageMax !== undefined && age > e.ageMax)
        add('AGE_ABOVE', `超过 ${e.ageMax} 周岁`, `Older than ${e.ageMax}`);
    }
  }
  if (e.sex && member.sex !== e.sex) add('SEX', '性别不符合计划条件', "The plan is not for the member's sex");
  if (e.inServiceOnly && !member.inService) add('NOT_IN_SERVICE', '仅限在职职工', 'In-service workers only');
  if (e.unionMemberRequired && !member.unionMember)
    add('NOT_UNION_MEMBER', '仅限工会会员', 'Union members only');
  if (e.groupAllIfStaffBelow !== undefined && unit.staffCount < e.groupAllIfStaffBelow) {
    if (unit.enrollingCount < unit.staffCount)
      add(
        'GROUP_ALL_REQUIRED',
        `职工不足 ${e.groupAllIfStaffBelow} 人的单位须全员参加`,
        `Units under ${e.groupAllIfStaffBelow} staff must enrol everyone`,
      );
  } else if (
    e.groupMinSharePermille !== undefined &&
    unit.enrollingCount * 1000 < unit.staffCount * e.groupMinSharePermille
  ) {
    const pct = `${e.groupMinSharePermille / 10}%`;
    add('GROUP_SHARE_TOO_LOW', `须至少 ${pct} 的职工参加`, `At least ${pct} of the staff must join`);
  }
  return verdict(reasons);
}

/** Whether a set of plan codes may be held together: known plans, exclusive groups, the maximum. */
export function checkPlanChoice(scheme: MutualAidScheme, planCodes: string[]): EligibilityVerdict {
  const reasons: EligibilityReason[] = [];
  const known = new Set(scheme.plans.map((p) => p.code));
  for (const code of planCodes)
    if (!known.has(code))
      reasons.push({
        code: 'UNKNOWN_PLAN',
        label: { zh: `本方案无计划 ${code}`, en: `No plan ${code} in this scheme` },
      });
  for (const group of scheme.exclusiveGroups) {
    const chosen = group.filter((code) => planCodes.includes(code));
    if (chosen.length > 1)
      reasons.push({
        code: 'MUTUALLY_EXCLUSIVE',
        label: {
          zh: `${chosen.join('、')} 只能选其一`,
          en: `Only one of ${chosen.join(', ')} may be chosen`,
        },
      });
  }
  const max = scheme.choice.maxPlans;
  if (max !== undefined && new Set(planCodes).size > max)
    reasons.push({
      code: 'TOO_MANY_PLANS',
      label: { zh: `最多选择 ${max} 项计划`, en: `At most ${max} plans` },
    });
  return verdict(reasons);
}
