import type { MutualAidScheme } from '../scheme-schema';
import { DISEASE_PLAN_DEFAULTS, IN_SERVICE_MEMBERS, yuan } from './plan-defaults';

/**
 * 思南县在职职工住院医疗互助 (article, 2016): per participant the county government pays 100 yuan,
 * the county union 60, the worker 100 (三位一体); self-pay after social insurance above 5,000 yuan
 * is reimbursed "at a certain ratio" up to 100,000 a year.
 * [A] the ratio: 60 % (the article gives none; 66 workers got 420,000 yuan, the largest 54,000+,
 * which 60 % reaches at about 95,000 yuan of self-pay). [A] the 5,000 is a yearly deductible on
 * policy-scope self-pay and only the part above it is paid; calendar-year cover.
 */
export const SINAN_SCHEME: MutualAidScheme = {
  code: 'SINAN-INPATIENT',
  name: { zh: '思南县在职职工住院医疗互助', en: 'Sinan County inpatient mutual aid' },
  divisionCode: '520624',
  termYear: 2016,
  plans: [
    {
      ...DISEASE_PLAN_DEFAULTS,
      code: 'INPATIENT',
      name: { zh: '住院医疗二次报销', en: 'Second reimbursement of inpatient self-pay' },
      type: 'INPATIENT_RATIO',
      contribution: {
        totalFen: yuan(260),
        split: [
          { payer: 'GOVERNMENT', fen: yuan(100), appliesTo: 'ALL' },
          { payer: 'COUNTY_UNION', fen: yuan(60), appliesTo: 'ALL' },
          { payer: 'INDIVIDUAL', fen: yuan(100), appliesTo: 'ALL' },
        ],
      },
      fixedStartDate: '2016-01-01',
      eligibility: IN_SERVICE_MEMBERS,
      base: 'SELF_PAY_AFTER_BASIC',
      deductible: { perYearFen: yuan(5_000) },
      bands: [{ fromFen: 0, toFen: null, ratePermille: 600 }],
      capPerTermFen: yuan(100_000),
    },
  ],
  exclusiveGroups: [],
  choice: {},
};
