import type { MutualAidScheme } from '../scheme-schema';
import { criticalIllnessLumpSums } from './critical-illnesses';
import { DISEASE_PLAN_DEFAULTS, IN_SERVICE_MEMBERS, yuan } from './plan-defaults';

/**
 * 贵阳市职工重大疾病互助 (article): 50 yuan per worker per year; a first diagnosis of one of 15
 * listed critical illnesses pays a one-time 12,000 yuan on top of medical insurance.
 * [A] the list (see critical-illnesses.ts), the 90-day waiting period, the worker paying the 50.
 */
export const GUIYANG_SCHEME: MutualAidScheme = {
  code: 'GUIYANG-CRITICAL',
  name: { zh: '贵阳市职工重大疾病医疗互助', en: 'Guiyang critical-illness mutual aid' },
  divisionCode: '520100',
  termYear: 2016,
  plans: [
    {
      ...DISEASE_PLAN_DEFAULTS,
      code: 'CRITICAL',
      name: { zh: '15类重大疾病一次性补助', en: 'One-time grant for 15 critical illnesses' },
      type: 'CRITICAL_ILLNESS_LUMP',
      contribution: { totalFen: yuan(50), split: [{ payer: 'INDIVIDUAL', fen: yuan(50), appliesTo: 'ALL' }] },
      fixedStartDate: '2016-01-01',
      eligibility: IN_SERVICE_MEMBERS,
      base: 'DIAGNOSIS_EVENT',
      lumpSums: criticalIllnessLumpSums(yuan(12_000)),
    },
  ],
  exclusiveGroups: [],
  choice: {},
};
