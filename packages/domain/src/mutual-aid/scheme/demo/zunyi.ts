import type { MutualAidPlan, MutualAidScheme } from '../scheme-schema';
import { criticalIllnessLumpSums, FEMALE_CANCER_PREFIXES } from './critical-illnesses';
import { DISEASE_PLAN_DEFAULTS, IN_SERVICE_MEMBERS, yuan } from './plan-defaults';

/** [A] Each chosen plan costs the worker 10 yuan (the article: 10 yuan dues give the choice). */
const WORKER_PAYS_10 = {
  totalFen: yuan(10),
  split: [{ payer: 'INDIVIDUAL' as const, fen: yuan(10), appliesTo: 'ALL' as const }],
};

/** 遵义 bought critical-illness and female-disease cover for all hardship workers (brief §7.1 [S25]). */
const UNION_PAYS_FOR_HARDSHIP = {
  totalFen: yuan(10),
  split: [
    { payer: 'INDIVIDUAL' as const, fen: yuan(10), appliesTo: 'ORDINARY' as const },
    { payer: 'PREFECTURE_UNION' as const, fen: yuan(10), appliesTo: 'HARDSHIP' as const },
  ],
};

const common = { ...DISEASE_PLAN_DEFAULTS, fixedStartDate: '2016-01-01', eligibility: IN_SERVICE_MEMBERS };

const ACCIDENT: MutualAidPlan = {
  ...common,
  code: 'ACCIDENT',
  name: { zh: '在职职工意外伤害互助保障计划', en: 'Accident plan for in-service workers' },
  type: 'ACCIDENT',
  contribution: WORKER_PAYS_10,
  waitingDaysFirstEnrolment: 0, // brief §7.2: no waiting period for accidents
  base: 'TOTAL_ELIGIBLE_COST',
  bands: [{ fromFen: 0, toFen: null, ratePermille: 800 }], // [A]
  capPerTermFen: yuan(10_000), // [A]
};

const CRITICAL: MutualAidPlan = {
  ...common,
  code: 'CRITICAL',
  name: { zh: '在职职工重大疾病互助保障计划', en: 'Critical-illness plan for in-service workers' },
  type: 'CRITICAL_ILLNESS_LUMP',
  contribution: UNION_PAYS_FOR_HARDSHIP,
  termMonths: 36, // national plan: 3-year term (brief §7.1)
  base: 'DIAGNOSIS_EVENT',
  lumpSums: criticalIllnessLumpSums(yuan(5_000)), // [A] amount
};

/** The brief §7.2 worked example's parameters [A]: 500 a year, 20/30/40 %, cap 20,000. */
const INPATIENT: MutualAidPlan = {
  ...common,
  code: 'INPATIENT',
  name: { zh: '在职职工住院医疗互助保障计划', en: 'Inpatient plan for in-service workers' },
  type: 'INPATIENT_TIERED',
  contribution: WORKER_PAYS_10,
  base: 'SELF_PAY_AFTER_BASIC',
  deductible: { perYearFen: yuan(500) },
  bands: [
    { fromFen: yuan(500), toFen: yuan(5_000), ratePermille: 200 },
    { fromFen: yuan(5_000), toFen: yuan(20_000), ratePermille: 300 },
    { fromFen: yuan(20_000), toFen: null, ratePermille: 400 },
  ],
  capPerTermFen: yuan(20_000),
};

/** 滨州 eligibility and group rules, 南平 tier I amount (brief §7.1). */
const FEMALE: MutualAidPlan = {
  ...common,
  code: 'FEMALE',
  name: { zh: '在职女职工特殊疾病互助保障计划', en: 'Female-specific disease plan' },
  type: 'FEMALE_DISEASE_TIERED',
  contribution: UNION_PAYS_FOR_HARDSHIP,
  termMonths: 24,
  eligibility: {
    ...IN_SERVICE_MEMBERS,
    sex: 'FEMALE',
    ageMin: 16,
    ageMax: 60,
    groupMinSharePermille: 800,
    groupAllIfStaffBelow: 100,
  },
  base: 'DIAGNOSIS_EVENT',
  lumpSums: [
    {
      name: { zh: '一档:女性特殊癌症首次确诊', en: 'Tier I: first diagnosis of a female-specific cancer' },
      icd10Prefixes: FEMALE_CANCER_PREFIXES,
      fen: yuan(6_000),
      firstDiagnosisOnly: true,
      oncePerMember: true,
    },
  ],
};

/** [A] 住院津贴, exclusive with the inpatient plan as in the 重庆 office's rules (brief §7.1). */
const DAILY: MutualAidPlan = {
  ...common,
  code: 'DAILY',
  name: { zh: '在职职工住院津贴互助保障计划', en: 'Hospital daily allowance plan' },
  type: 'DAILY_ALLOWANCE',
  contribution: WORKER_PAYS_10,
  base: 'HOSPITAL_DAYS',
  dailyAllowanceFen: yuan(50),
  capPerClaimFen: yuan(1_500),
  capPerTermFen: yuan(3_000),
};

/**
 * 遵义 (article): every worker of a unit with a union pays 10 yuan dues and may choose among five
 * plans, named in part in the article (意外伤害, 重大疾病). [A] the other three and all amounts.
 */
export const ZUNYI_SCHEME: MutualAidScheme = {
  code: 'ZUNYI-FIVE-PLANS',
  name: { zh: '遵义市职工医疗互助(五项保障计划)', en: 'Zunyi mutual aid, five plans' },
  divisionCode: '520300',
  termYear: 2016,
  plans: [ACCIDENT, CRITICAL, INPATIENT, FEMALE, DAILY],
  exclusiveGroups: [['INPATIENT', 'DAILY']],
  choice: { maxPlans: 5 },
};
