import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 互助计划类型 (brief §7.2). */
export const MutualAidPlanType = defineEnum({
  INPATIENT_RATIO: { zh: '住院医疗互助(按比例)', en: 'Inpatient aid, simple ratio' },
  INPATIENT_TIERED: { zh: '住院医疗互助(分段)', en: 'Inpatient aid, tiered' },
  CRITICAL_ILLNESS_LUMP: { zh: '重大疾病互助', en: 'Critical-illness lump sum' },
  FEMALE_DISEASE_TIERED: { zh: '女职工特殊疾病互助', en: 'Female-specific disease, tiered' },
  ACCIDENT: { zh: '意外伤害互助', en: 'Accident' },
  DAILY_ALLOWANCE: { zh: '住院津贴', en: 'Hospital daily allowance' },
});
export type MutualAidPlanType = EnumValue<typeof MutualAidPlanType>;

/** 出资方: who pays part of a member's contribution (三位一体 etc.). */
export const PayerKind = defineEnum({
  GOVERNMENT: { zh: '政府', en: 'Government' },
  PREFECTURE_UNION: { zh: '市(州)总工会', en: 'Prefecture union' },
  COUNTY_UNION: { zh: '县(区)总工会', en: 'County union' },
  UNIT_UNION: { zh: '单位工会', en: 'Unit union' },
  INDIVIDUAL: { zh: '职工个人', en: 'Worker' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type PayerKind = EnumValue<typeof PayerKind>;

/** Which member category a share of the contribution applies to. */
export const ContributionAppliesTo = defineEnum({
  ALL: { zh: '全部职工', en: 'All members' },
  HARDSHIP: { zh: '困难职工', en: 'Hardship workers' },
  ORDINARY: { zh: '普通职工', en: 'Ordinary workers' },
});
export type ContributionAppliesTo = EnumValue<typeof ContributionAppliesTo>;

/** 计算基数: what the rate is applied to. */
export const ClaimBase = defineEnum({
  TOTAL_ELIGIBLE_COST: { zh: '医保范围内总费用', en: 'Total eligible cost' },
  SELF_PAY_AFTER_BASIC: {
    zh: '基本医保报销后政策范围内个人自付',
    en: 'Policy-scope self-pay after basic insurance',
  },
  DIAGNOSIS_EVENT: { zh: '确诊事件(定额)', en: 'Diagnosis event (lump sum)' },
  HOSPITAL_DAYS: { zh: '住院天数', en: 'Days in hospital' },
});
export type ClaimBase = EnumValue<typeof ClaimBase>;
