import { HardshipCategory } from '../../household/enums';
import type { Classification, ClassificationInput, ExplanationLine } from './classification-input';
import { classifyGen1 } from './classify-gen1';
import { classifyGen2 } from './classify-gen2';
import { exclusionLines, exclusionsHit } from './exclusions';
import { figureLines } from './figure-lines';
import { computeHouseholdAccounts } from './household-accounts';
import type { IdentificationPolicy } from './identification-policy';

/**
 * Proposes the hardship category of one household under its standard version, with every figure
 * and comparison spelled out. Exclusions (§2.3) make it ineligible whatever the figures say.
 */
export function classifyHousehold(input: ClassificationInput, policy: IdentificationPolicy): Classification {
  const acc = computeHouseholdAccounts(input, policy);
  const tests =
    input.standardVersion === 'ACFTU_2016'
      ? classifyGen1(input, acc, policy)
      : classifyGen2(input, acc, policy);
  const hits = exclusionsHit(input.exclusionFacts, policy);
  const category = hits.length === 0 ? tests.category : null;
  const result: ExplanationLine = {
    code: 'RESULT',
    label: category
      ? {
          zh: `结论:${HardshipCategory.labels[category].zh}`,
          en: `Result: ${HardshipCategory.labels[category].en}`,
        }
      : { zh: '结论:不符合建档条件', en: 'Result: not eligible for a file' },
    passed: category !== null,
    ...(hits.length > 0 && tests.category
      ? {
          note: {
            zh: `按收入可认定为${HardshipCategory.labels[tests.category].zh},但存在排除情形`,
            en: `The figures give ${HardshipCategory.labels[tests.category].en}, but an exclusion applies`,
          },
        }
      : {}),
  };
  return {
    eligible: category !== null,
    category,
    categoryBeforeExclusions: tests.category,
    pcniFen: tests.pcniFen,
    exclusionsHit: hits,
    lineFen: acc.lineFen,
    lineFrom: acc.lineFrom,
    explanation: [
      ...figureLines(input, acc),
      {
        code: 'PCNI',
        label: { zh: '月人均纯收入', en: 'Monthly per-capita net income (PCNI)' },
        valueFen: tests.pcniFen,
      },
      ...tests.lines,
      ...exclusionLines(input.exclusionFacts, policy),
      result,
    ],
  };
}
