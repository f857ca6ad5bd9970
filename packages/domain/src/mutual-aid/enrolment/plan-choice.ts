import type { Label } from '../../common/labelled-enum';
import type { MutualAidPlan, MutualAidScheme } from '../scheme/scheme-schema';

export interface ChoiceProblem {
  code: 'UNKNOWN_PLAN' | 'DUPLICATE_PLAN' | 'ALREADY_ENROLLED' | 'EXCLUSIVE_PLANS' | 'TOO_MANY_PLANS';
  label: Label;
}

/**
 * Finds a plan by its code or by its Chinese or English name, as a spreadsheet may give either.
 * Codes compare case-insensitively; names exactly after trimming.
 */
export function findPlanByCodeOrName(scheme: MutualAidScheme, codeOrName: string): MutualAidPlan | undefined {
  const key = codeOrName.trim();
  return scheme.plans.find(
    (p) => p.code === key.toUpperCase() || p.name.zh === key || p.name.en.toLowerCase() === key.toLowerCase(),
  );
}

/**
 * Checks a member's choice of plans against the scheme: known plans, no plan twice, none held
 * already this term, at most one of each exclusive group (counting plans already held), and the
 * scheme's maximum number of plans.
 */
export function planChoiceProblems(
  scheme: MutualAidScheme,
  chosen: readonly string[],
  alreadyHeld: readonly string[],
): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  const seen = new Set<string>();
  for (const code of chosen) {
    if (!scheme.plans.some((p) => p.code === code)) {
      problems.push({
        code: 'UNKNOWN_PLAN',
        label: { zh: `方案中没有计划 ${code}`, en: `No plan ${code} in this scheme` },
      });
    } else if (seen.has(code)) {
      problems.push({
        code: 'DUPLICATE_PLAN',
        label: { zh: `计划 ${code} 重复`, en: `Plan ${code} chosen twice` },
      });
    } else if (alreadyHeld.includes(code)) {
      problems.push({
        code: 'ALREADY_ENROLLED',
        label: { zh: `本期已参加计划 ${code}`, en: `Already enrolled in plan ${code} this term` },
      });
    }
    seen.add(code);
  }
  const all = new Set([...alreadyHeld, ...chosen]);
  for (const group of scheme.exclusiveGroups) {
    const held = group.filter((code) => all.has(code));
    if (held.length > 1) {
      problems.push({
        code: 'EXCLUSIVE_PLANS',
        label: {
          zh: `计划 ${held.join('、')} 只能参加其一`,
          en: `Plans ${held.join(', ')} exclude each other`,
        },
      });
    }
  }
  const max = scheme.choice.maxPlans;
  if (max !== undefined && all.size > max) {
    problems.push({
      code: 'TOO_MANY_PLANS',
      label: { zh: `每人最多参加 ${max} 项计划`, en: `At most ${max} plans per member` },
    });
  }
  return problems;
}
