import type { HardshipCategory } from '../../household/enums';
import type { ClassificationInput, ExplanationLine } from './classification-input';
import {
  comparePerCapitaMonthly,
  compareWithShare,
  floorDiv,
  monthlyPerCapitaFen,
  scaledLineFen,
} from './exact-arithmetic';
import type { HouseholdAccounts } from './household-accounts';
import { type IdentificationPolicy, previousYearProvincialIncomeFor } from './identification-policy';

export interface CategoryResult {
  category: HardshipCategory | null;
  pcniFen: number;
  lines: ExplanationLine[];
}

function multiple(permille: number): string {
  return (permille / 1000).toString();
}

/** The Anqing precondition [S2][L]: per-capita annual income below last year's provincial figure. */
function anqingPrecondition(
  input: ClassificationInput,
  acc: HouseholdAccounts,
  policy: IdentificationPolicy,
) {
  if (!policy.applyAnqingPrecondition) return { passed: true, line: null };
  const provincial = previousYearProvincialIncomeFor(policy, input.year);
  const passed = provincial !== null && acc.totalIncomeFen < provincial * input.householdSize;
  const line: ExplanationLine = {
    code: 'PRECONDITION_PROVINCIAL_INCOME',
    label: {
      zh: '人均可支配收入低于上年全省人均',
      en: "Per-capita income below last year's provincial figure",
    },
    valueFen: floorDiv(acc.totalIncomeFen, input.householdSize),
    passed,
    ...(provincial === null
      ? {
          note: { zh: '未配置上年全省人均可支配收入', en: "Last year's provincial figure is not configured" },
        }
      : { thresholdFen: provincial }),
  };
  return { passed, line };
}

/** Gen-2 (brief §2.2): 深度 PCNI ≤ L, 相对 ≤ 2L (with working costs), 意外 cost > 80 % or sudden event. */
export function classifyGen2(
  input: ClassificationInput,
  acc: HouseholdAccounts,
  policy: IdentificationPolicy,
): CategoryResult {
  const size = input.householdSize;
  const L = acc.lineFen;
  const deepNet = acc.totalIncomeFen - acc.hardshipSpendingFen;
  const relativeNet = deepNet - acc.employmentCostFen;
  const pre = anqingPrecondition(input, acc, policy);
  const deep = comparePerCapitaMonthly(deepNet, size, L, policy.deepPermille) <= 0;
  const relative = comparePerCapitaMonthly(relativeNet, size, L, policy.relativePermille) <= 0;
  const costShare = compareWithShare(
    acc.accidentCostFen,
    acc.totalIncomeFen,
    policy.accidentIncomeSharePermille,
  );
  const accident = costShare > 0 || input.accident.suddenEvent;

  const lines: ExplanationLine[] = [
    {
      code: 'TEST_DEEP',
      label: {
        zh: `深度困难:月人均纯收入 ≤ ${multiple(policy.deepPermille)} 倍低保标准`,
        en: `Deep: PCNI ≤ ${multiple(policy.deepPermille)} × L`,
      },
      valueFen: monthlyPerCapitaFen(deepNet, size),
      thresholdFen: scaledLineFen(L, policy.deepPermille),
      passed: deep,
    },
    {
      code: 'TEST_RELATIVE',
      label: {
        zh: `相对困难:扣除就业成本后月人均纯收入 ≤ ${multiple(policy.relativePermille)} 倍低保标准`,
        en: `Relative: PCNI after working costs ≤ ${multiple(policy.relativePermille)} × L`,
      },
      valueFen: monthlyPerCapitaFen(relativeNet, size),
      thresholdFen: scaledLineFen(L, policy.relativePermille),
      passed: relative,
    },
    {
      code: 'TEST_ACCIDENT',
      label: {
        zh: `意外致困:意外支出 > 年收入的 ${policy.accidentIncomeSharePermille / 10}%,或遭遇突发事件`,
        en: `Accident: cost > ${policy.accidentIncomeSharePermille / 10}% of annual income, or a sudden event`,
      },
      valueFen: acc.accidentCostFen,
      thresholdFen: floorDiv(acc.totalIncomeFen * policy.accidentIncomeSharePermille, 1000),
      passed: accident,
      ...(input.accident.suddenEvent ? { note: { zh: '已确认突发事件', en: 'Sudden event confirmed' } } : {}),
    },
  ];
  if (pre.line) lines.unshift(pre.line);

  const category: HardshipCategory | null =
    deep && pre.passed ? 'DEEP' : relative && pre.passed ? 'RELATIVE' : accident ? 'ACCIDENT' : null;
  const shownNet = category === 'RELATIVE' ? relativeNet : deepNet;
  return { category, pcniFen: monthlyPerCapitaFen(shownNet, size), lines };
}
