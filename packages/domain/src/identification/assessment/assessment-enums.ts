import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 不予建档 rules (brief §2.3). Local rules [L]: the policy lists which ones are switched on. */
export const ExclusionRule = defineEnum({
  TWO_OR_MORE_HOMES: { zh: '拥有两套及以上住房', en: 'Owns two or more homes' },
  SHOP_OR_EMPLOYER: { zh: '拥有商铺或雇用他人经营', en: 'Owns a shop or employs others' },
  HIGH_FEE_PRIVATE_SCHOOL: {
    zh: '子女就读高收费私立学校或自费留学',
    en: 'Child at a high-fee private school or abroad',
  },
  MOTOR_VEHICLE: {
    zh: '经常使用机动车(受雇驾驶除外)',
    en: 'Regularly uses a motor vehicle (not as a hired driver)',
  },
  REFUSES_WORK: { zh: '有劳动能力的劳动年龄成员拒绝就业', en: 'Able-bodied working-age member refuses work' },
});
export type ExclusionRule = EnumValue<typeof ExclusionRule>;

/** 公示 places (brief §3.1 step 5): at the employer and in the community. */
export const NoticeScope = defineEnum({
  UNIT: { zh: '单位公示', en: 'At the employer' },
  COMMUNITY: { zh: '社区公示', en: 'In the community' },
});
export type NoticeScope = EnumValue<typeof NoticeScope>;

/** Home-survey method (brief §8.2, §8.3). */
export const SurveyMethod = defineEnum({
  FOUR_LOOKS: { zh: '四看法', en: 'Four looks (Bijie)' },
  SIX_STEP: { zh: '一进二看三算四比五查六议', en: 'Six steps (Qianxinan)' },
});
export type SurveyMethod = EnumValue<typeof SurveyMethod>;

/** Kinds of counted household income (brief §2.4). */
export const IncomeKind = defineEnum({
  WAGES: { zh: '工资性收入', en: 'Wages, bonuses, allowances' },
  BUSINESS: { zh: '经营性收入', en: 'Business income' },
  PENSION: { zh: '养老金', en: 'Pension' },
  UNEMPLOYMENT: { zh: '失业保险金', en: 'Unemployment benefit' },
  SUPPORT: { zh: '赡养、抚养、扶养费', en: 'Support payments' },
  COMPENSATION: { zh: '赔偿、补偿金', en: 'Compensation' },
  INTEREST_DIVIDENDS: { zh: '利息、股息、红利', en: 'Interest and dividends' },
  RENT: { zh: '租金收入', en: 'Rent' },
  GIFTS: { zh: '赠与、捐赠', en: 'Gifts and donations' },
  OTHER: { zh: '其他收入', en: 'Other income' },
});
export type IncomeKind = EnumValue<typeof IncomeKind>;

/** 刚性/因困支出 (brief §2.4). ACCIDENT_LOSS is added to the accident cost, not to PCNI deductions. */
export const RigidSpendingKind = defineEnum({
  MEDICAL: { zh: '自付医疗费用', en: 'Self-paid medical costs' },
  SCHOOLING: { zh: '子女教育费用', en: "Children's schooling" },
  DISABILITY_CARE: { zh: '残疾康复护理费用', en: 'Disability care' },
  LONG_TERM_CARE: { zh: '长期护理费用', en: 'Long-term care' },
  EMPLOYMENT_COST: { zh: '必要就业成本', en: 'Necessary costs of working' },
  ACCIDENT_LOSS: { zh: '意外事件造成的支出或损失', en: 'Accident-caused cost or loss' },
});
export type RigidSpendingKind = EnumValue<typeof RigidSpendingKind>;
