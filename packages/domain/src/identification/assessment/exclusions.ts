import { ExclusionRule } from './assessment-enums';
import type { ClassificationInput, ExplanationLine } from './classification-input';
import type { IdentificationPolicy } from './identification-policy';

type Facts = ClassificationInput['exclusionFacts'];

const RULE_HITS: Readonly<Record<ExclusionRule, (f: Facts) => boolean>> = {
  TWO_OR_MORE_HOMES: (f) => f.homesOwned >= 2,
  SHOP_OR_EMPLOYER: (f) => f.ownsShopOrEmploys,
  HIGH_FEE_PRIVATE_SCHOOL: (f) => f.highFeePrivateSchool,
  MOTOR_VEHICLE: (f) => f.usesMotorVehicle,
  REFUSES_WORK: (f) => f.ableBodiedRefusesWork,
};

/** The enabled exclusion rules (brief §2.3) the facts hit, in the enum's order. */
export function exclusionsHit(facts: Facts, policy: IdentificationPolicy): ExclusionRule[] {
  return ExclusionRule.values.filter((rule) => policy.exclusions.includes(rule) && RULE_HITS[rule](facts));
}

/** One line per enabled rule; passed = the household is clear of it. */
export function exclusionLines(facts: Facts, policy: IdentificationPolicy): ExplanationLine[] {
  return ExclusionRule.values
    .filter((rule) => policy.exclusions.includes(rule))
    .map((rule) => ({
      code: `EXCLUSION_${rule}`,
      label: {
        zh: `排除情形:${ExclusionRule.labels[rule].zh}`,
        en: `Exclusion: ${ExclusionRule.labels[rule].en}`,
      },
      passed: !RULE_HITS[rule](facts),
    }));
}
