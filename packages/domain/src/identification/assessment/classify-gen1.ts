import type { HardshipCategory } from '../../household/enums';
import type { ClassificationInput, ExplanationLine } from './classification-input';
import type { CategoryResult } from './classify-gen2';
import { comparePerCapitaMonthly, monthlyPerCapitaFen, scaledLineFen } from './exact-arithmetic';
import type { HouseholdAccounts } from './household-accounts';
import type { IdentificationPolicy } from './identification-policy';

/**
 * Gen-1 (brief §2.1), kept for historical files: 低保户, 低保边缘户, 意外致困户 (cases a and b).
 * "Below L" for 低保户 is strict; the other tests are "≤" as the sources write them.
 */
export function classifyGen1(
  input: ClassificationInput,
  acc: HouseholdAccounts,
  policy: IdentificationPolicy,
): CategoryResult {
  const size = input.householdSize;
  const L = acc.lineFen;
  const income = acc.totalIncomeFen;
  const { monthsBelowLine, receivesGovernmentDibao, investmentAssetsFen, savingsFen } = input.gen1;

  const belowLine = comparePerCapitaMonthly(income, size, L, 1000) < 0;
  const longEnough = monthsBelowLine >= policy.gen1DibaoConsecutiveMonths;
  // (a) below L for N months without relief, or (b) still below L after government relief.
  const dibao = belowLine && (receivesGovernmentDibao || longEnough);

  const net = income - acc.hardshipSpendingFen;
  const edgeIncome = comparePerCapitaMonthly(income, size, L, policy.gen1EdgePermille) <= 0;
  const edgeNet = comparePerCapitaMonthly(net, size, L, 1000) <= 0;
  const edge = edgeIncome && edgeNet;

  const hadAccident = input.accident.suddenEvent || acc.accidentCostFen > 0;
  const underCap = comparePerCapitaMonthly(income, size, L, policy.gen1AccidentCapPermille) <= 0;
  // Case (b), above the cap, also counts investment assets and savings as means.
  const accidentNet = income - acc.accidentCostFen + (underCap ? 0 : investmentAssetsFen + savingsFen);
  const accidentNetOk = comparePerCapitaMonthly(accidentNet, size, L, 1000) <= 0;
  const accident = hadAccident && accidentNetOk;

  const lines: ExplanationLine[] = [
    {
      code: 'PER_CAPITA_INCOME',
      label: { zh: '月人均收入(未扣支出)', en: 'Monthly per-capita income (before spending)' },
      valueFen: monthlyPerCapitaFen(income, size),
    },
    {
      code: 'TEST_DIBAO',
      label: { zh: '低保户:月人均收入低于低保标准', en: 'Dibao: per-capita income below L' },
      valueFen: monthlyPerCapitaFen(income, size),
      thresholdFen: L,
      passed: dibao,
      note: {
        zh: `连续 ${monthsBelowLine} 个月低于标准(需 ${policy.gen1DibaoConsecutiveMonths} 个月,或已享受政府救助)`,
        en: `${monthsBelowLine} consecutive months below L (needs ${policy.gen1DibaoConsecutiveMonths}, or government relief)`,
      },
    },
    {
      code: 'TEST_DIBAO_EDGE_INCOME',
      label: {
        zh: `低保边缘户:月人均收入 ≤ ${policy.gen1EdgePermille / 1000} 倍低保标准`,
        en: `Near-dibao: income ≤ ${policy.gen1EdgePermille / 1000} × L`,
      },
      valueFen: monthlyPerCapitaFen(income, size),
      thresholdFen: scaledLineFen(L, policy.gen1EdgePermille),
      passed: edgeIncome,
    },
    {
      code: 'TEST_DIBAO_EDGE_NET',
      label: {
        zh: '低保边缘户:扣除刚性支出后月人均 ≤ 低保标准',
        en: 'Near-dibao: net of rigid spending ≤ L',
      },
      valueFen: monthlyPerCapitaFen(net, size),
      thresholdFen: L,
      passed: edgeNet,
    },
    {
      code: 'TEST_ACCIDENT_2016',
      label: underCap
        ? {
            zh: '意外致困户(一):扣除意外支出后月人均 ≤ 低保标准',
            en: 'Accident (a): net of accident cost ≤ L',
          }
        : {
            zh: '意外致困户(二):收入加投资与存款减意外支出后月人均 ≤ 低保标准',
            en: 'Accident (b): income + assets + savings − cost ≤ L',
          },
      valueFen: monthlyPerCapitaFen(accidentNet, size),
      thresholdFen: L,
      passed: accident,
      ...(hadAccident ? {} : { note: { zh: '无意外事件', en: 'No accident recorded' } }),
    },
  ];
  const category: HardshipCategory | null = dibao
    ? 'DIBAO'
    : edge
      ? 'DIBAO_EDGE'
      : accident
        ? 'ACCIDENT_2016'
        : null;
  return { category, pcniFen: monthlyPerCapitaFen(net, size), lines };
}
