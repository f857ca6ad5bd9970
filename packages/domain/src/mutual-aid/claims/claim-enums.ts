import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 申请类别: what happened to the member. */
export const ClaimKind = defineEnum({
  INPATIENT: { zh: '住院', en: 'Hospital stay' },
  DIAGNOSIS: { zh: '确诊疾病', en: 'Diagnosis' },
  ACCIDENT_INJURY: { zh: '意外伤害', en: 'Accidental injury' },
});
export type ClaimKind = EnumValue<typeof ClaimKind>;

/** 申领材料 (brief §7.1 checklist, plus the bills an inpatient claim is computed from). */
export const DocumentKind = defineEnum({
  ID_CARD: { zh: '身份证', en: 'ID card' },
  RELATIONSHIP_PROOF: { zh: '亲属关系证明', en: 'Proof of relationship' },
  UNIT_CERTIFICATE: { zh: '单位出具的事故证明', en: "Unit's certificate of the incident" },
  DIAGNOSIS_CERTIFICATE: { zh: '二级以上医院诊断证明', en: 'Diagnosis from a level-II+ hospital' },
  DISCHARGE_SUMMARY: { zh: '出院小结', en: 'Discharge summary' },
  MEDICAL_INVOICE: { zh: '医疗费用发票', en: 'Medical invoices' },
  INSURANCE_SETTLEMENT: { zh: '医保结算单', en: 'Basic-insurance settlement statement' },
  DEATH_CERTIFICATE: { zh: '死亡证明', en: 'Death certificate' },
  HUKOU_CANCELLATION: { zh: '户籍注销证明', en: 'Household-registration cancellation' },
  DISABILITY_GRADING: { zh: '伤残等级鉴定', en: 'Disability grading' },
});
export type DocumentKind = EnumValue<typeof DocumentKind>;

/** Why a claim is refused outright (as opposed to computed to a smaller amount). */
export const ClaimRefusal = defineEnum({
  PLAN_NOT_IN_SCHEME: { zh: '本方案无此计划', en: 'The scheme has no such plan' },
  KIND_NOT_COVERED: { zh: '该计划不保障此类申请', en: 'This plan does not cover this kind of claim' },
  NOT_ELIGIBLE_SEX: { zh: '性别不符合计划条件', en: "The plan is not for the member's sex" },
  BEFORE_COVER: { zh: '事件发生在保障期开始之前', en: 'The event happened before cover started' },
  AFTER_COVER: { zh: '事件发生在保障期结束之后', en: 'The event happened after cover ended' },
  WAITING_PERIOD: { zh: '事件发生在等待期内', en: 'The event happened within the waiting period' },
  CLAIM_WINDOW_PASSED: { zh: '已超过申领时限', en: 'The claim window has passed' },
  DOCUMENTS_MISSING: { zh: '申领材料不全', en: 'Documents are missing' },
  NOT_FIRST_DIAGNOSIS: { zh: '非首次确诊', en: 'Not a first diagnosis' },
  DIAGNOSIS_NOT_LISTED: { zh: '所患疾病不在保障病种范围内', en: 'The diagnosis is not on the list' },
  ALREADY_PAID: { zh: '该病种已给付过,不重复给付', en: 'Already paid for this diagnosis; paid only once' },
});
export type ClaimRefusal = EnumValue<typeof ClaimRefusal>;
