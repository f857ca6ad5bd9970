import type { ClassificationInput, ExplanationLine } from './classification-input';
import type { HouseholdAccounts } from './household-accounts';

/** The figures a worker checks first: every amount that went into the tests. */
export function figureLines(input: ClassificationInput, acc: HouseholdAccounts): ExplanationLine[] {
  const lines: ExplanationLine[] = [
    {
      code: 'DECLARED_INCOME',
      label: { zh: '家庭年收入(申报)', en: 'Declared annual income' },
      valueFen: acc.declaredIncomeFen,
    },
    {
      code: 'IMPUTED_INCOME',
      label: { zh: '按最低工资推算收入', en: 'Income imputed at minimum wage' },
      valueFen: acc.imputedIncomeFen,
      count: acc.imputedMonths,
      note: { zh: `${acc.imputedMonths} 个人月`, en: `${acc.imputedMonths} person-months` },
    },
    {
      code: 'AID_COUNTED',
      label: { zh: '计入收入的救助', en: 'Aid counted as income' },
      valueFen: acc.aidCountedFen,
    },
  ];
  if (acc.aidNotCountedFen > 0) {
    lines.push({
      code: 'AID_NOT_COUNTED',
      label: { zh: '不计入收入的慰问金', en: 'Condolence money not counted' },
      valueFen: acc.aidNotCountedFen,
    });
  }
  lines.push(
    {
      code: 'TOTAL_INCOME',
      label: { zh: '家庭年收入合计', en: 'Total annual income' },
      valueFen: acc.totalIncomeFen,
    },
    {
      code: 'RIGID_SPENDING',
      label: { zh: '刚性支出(医疗、教育、残疾与长期护理)', en: 'Rigid spending (medical, schooling, care)' },
      valueFen: acc.hardshipSpendingFen,
    },
    {
      code: 'EMPLOYMENT_COST',
      label: { zh: '必要就业成本', en: 'Necessary costs of working' },
      valueFen: acc.employmentCostFen,
    },
    {
      code: 'ACCIDENT_COST',
      label: { zh: '意外事件支出或损失', en: 'Accident-caused cost or loss' },
      valueFen: acc.accidentCostFen,
    },
    {
      code: 'HOUSEHOLD_SIZE',
      label: { zh: '共同生活家庭人口', en: 'Co-resident household size' },
      count: input.householdSize,
      note: { zh: `${input.householdSize} 人`, en: `${input.householdSize} people` },
    },
    {
      code: 'LINE',
      label: { zh: '低保标准(每人每月)', en: '低保 line L (per person per month)' },
      valueFen: acc.lineFen,
      note: { zh: `${input.year} 年,区划 ${acc.lineFrom}`, en: `${input.year}, division ${acc.lineFrom}` },
    },
  );
  return lines;
}
