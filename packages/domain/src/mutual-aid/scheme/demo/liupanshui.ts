import type { PayerKind } from '../scheme-enums';
import type { MutualAidScheme } from '../scheme-schema';
import { DISEASE_PLAN_DEFAULTS, IN_SERVICE_MEMBERS, yuan } from './plan-defaults';

/**
 * 六盘水市职工医疗互助 (article): ordinary workers pay 100 yuan a year, hardship workers 60, the
 * other 40 borne by the city and county unions [A: 20 each]; inpatient self-pay reimbursed at
 * 50 % for ordinary and 70 % for hardship workers. [A] no deductible; a yearly cap of 50,000.
 */
export const LIUPANSHUI_SCHEME: MutualAidScheme = {
  code: 'LIUPANSHUI-INPATIENT',
  name: { zh: '六盘水市职工住院医疗互助', en: 'Liupanshui inpatient mutual aid' },
  divisionCode: '520200',
  termYear: 2016,
  plans: [
    {
      ...DISEASE_PLAN_DEFAULTS,
      code: 'INPATIENT',
      name: { zh: '住院个人承担部分报销', en: 'Inpatient self-pay reimbursement' },
      type: 'INPATIENT_RATIO',
      contribution: {
        totalFen: yuan(100),
        split: [
          { payer: 'INDIVIDUAL', fen: yuan(100), appliesTo: 'ORDINARY' },
          { payer: 'INDIVIDUAL', fen: yuan(60), appliesTo: 'HARDSHIP' },
          { payer: 'PREFECTURE_UNION', fen: yuan(20), appliesTo: 'HARDSHIP' },
          { payer: 'COUNTY_UNION', fen: yuan(20), appliesTo: 'HARDSHIP' },
        ],
      },
      fixedStartDate: '2016-01-01',
      eligibility: IN_SERVICE_MEMBERS,
      base: 'SELF_PAY_AFTER_BASIC',
      bands: [{ fromFen: 0, toFen: null, ratePermille: 500, ratePermilleHardship: 700 }],
      capPerTermFen: yuan(50_000),
    },
  ],
  exclusiveGroups: [],
  choice: {},
};

/** 六盘水 pharmacy subsidy (article): 1,000 yuan a year for each of 314 extremely poor workers, 50/50 city and county. */
export const LIUPANSHUI_PHARMACY_SUBSIDY: {
  yearlyTopUpFen: number;
  split: { payer: PayerKind; fen: number }[];
} = {
  yearlyTopUpFen: yuan(1_000),
  split: [
    { payer: 'PREFECTURE_UNION', fen: yuan(500) },
    { payer: 'COUNTY_UNION', fen: yuan(500) },
  ],
};
