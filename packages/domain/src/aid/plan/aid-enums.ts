import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 帮扶措施 of a plan (一户一计划), mapped to the "四个一批" paths (brief §2.1, §4.4). */
export const AidMeasureKind = defineEnum({
  LIVING: { zh: '生活救助', en: 'Living aid' },
  MEDICAL: { zh: '医疗救助', en: 'Medical aid' },
  EDUCATION: { zh: '金秋助学', en: 'Education aid (金秋助学)' },
  EMPLOYMENT: { zh: '就业帮扶', en: 'Employment support' },
  SKILL_TRAINING: { zh: '技能培训(1户1技能)', en: 'Skills training (one skill per household)' },
  ENTREPRENEURSHIP: { zh: '创业扶持', en: 'Start-up support' },
  LEGAL: { zh: '法律援助', en: 'Legal aid' },
  FESTIVAL: { zh: '送温暖', en: 'Festival condolence (送温暖)' },
  MUTUAL_AID_PREMIUM: { zh: '互助保障代缴', en: 'Mutual-aid premium paid' },
  GUARANTEE_HOUSING: { zh: '住房保障', en: 'Housing guarantee' },
  GUARANTEE_BASIC_LIVING: { zh: '基本生活保障(兜底)', en: 'Basic-living guarantee' },
  GUARANTEE_EMPLOYMENT: { zh: '就业保障', en: 'Employment guarantee' },
  GUARANTEE_EDUCATION: { zh: '义务教育保障', en: 'Education guarantee' },
  GUARANTEE_MEDICAL: { zh: '基本医疗保障', en: 'Medical guarantee' },
  TEMPORARY_RELIEF: { zh: '临时救助', en: 'Temporary relief' },
});
export type AidMeasureKind = EnumValue<typeof AidMeasureKind>;

/** 帮扶项目 of a ledger entry (brief §4.4 AidRecord, §6.1). */
export const AidProgramme = defineEnum({
  LIVING: { zh: '生活救助', en: 'Living aid' },
  MEDICAL: { zh: '医疗救助', en: 'Medical aid' },
  EDUCATION: { zh: '助学', en: 'Education aid' },
  EMPLOYMENT: { zh: '就业帮扶', en: 'Employment support' },
  ENTREPRENEURSHIP: { zh: '创业扶持', en: 'Start-up support' },
  LEGAL: { zh: '法律援助', en: 'Legal aid' },
  ACCIDENT_COVER: { zh: '意外伤害及家庭财产保障', en: 'Accident and home-loss cover' },
  MUTUAL_AID_PREMIUM: { zh: '互助保障代缴', en: 'Mutual-aid premium' },
  FESTIVAL: { zh: '送温暖', en: 'Festival condolence (送温暖)' },
  TEMPORARY_RELIEF: { zh: '临时救助', en: 'Temporary relief' },
});
export type AidProgramme = EnumValue<typeof AidProgramme>;

/** 资金来源 (brief §4.4, [S1]). */
export const FundingSource = defineEnum({
  CENTRAL_SPECIAL: { zh: '中央财政专项', en: 'Central special funds' },
  LOCAL_FINANCE: { zh: '地方财政', en: 'Local finance' },
  UNION_FUNDS: { zh: '工会经费', en: 'Union funds' },
  DONATIONS: { zh: '社会捐助', en: 'Donations' },
});
export type FundingSource = EnumValue<typeof FundingSource>;

export const AidPlanStatus = defineEnum({
  DRAFT: { zh: '草稿', en: 'Draft' },
  SIGNED: { zh: '已签字确认', en: 'Signed' },
  SUPERSEDED: { zh: '已被新计划替代', en: 'Superseded' },
});
export type AidPlanStatus = EnumValue<typeof AidPlanStatus>;

export const PlanSignedVia = defineEnum({
  PORTAL: { zh: '职工端在线签字', en: 'Signed in the worker portal' },
  PAPER: { zh: '纸质签字(扫描件)', en: 'Signed on paper (scan)' },
});
export type PlanSignedVia = EnumValue<typeof PlanSignedVia>;

export const AidMeasureStatus = defineEnum({
  PLANNED: { zh: '计划中', en: 'Planned' },
  IN_PROGRESS: { zh: '实施中', en: 'In progress' },
  DONE: { zh: '已完成', en: 'Done' },
});
export type AidMeasureStatus = EnumValue<typeof AidMeasureStatus>;

/** Approval levels (brief §5), lowest first; ACFTU (全总) sits above the province. */
export const ApprovalLevel = defineEnum({
  GRASSROOTS: { zh: '基层工会', en: 'Grassroots union' },
  COUNTY: { zh: '县级总工会', en: 'County federation' },
  PREFECTURE: { zh: '市(州)总工会', en: 'Prefecture federation' },
  PROVINCE: { zh: '省总工会', en: 'Provincial federation' },
  ACFTU: { zh: '全国总工会', en: 'ACFTU' },
});
export type ApprovalLevel = EnumValue<typeof ApprovalLevel>;

export const AidRequestStatus = defineEnum({
  PENDING_APPROVAL: { zh: '待审批', en: 'Awaiting approval' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '未批准', en: 'Rejected' },
  PAID: { zh: '已发放', en: 'Paid' },
});
export type AidRequestStatus = EnumValue<typeof AidRequestStatus>;

export const LedgerEntryKind = defineEnum({
  PAYMENT: { zh: '发放', en: 'Payment' },
  RECOVERY: { zh: '追回', en: 'Recovery' },
});
export type LedgerEntryKind = EnumValue<typeof LedgerEntryKind>;

export const RecoverySource = defineEnum({
  SPOT_CHECK: { zh: '抽查发现', en: 'Spot check' },
  CORRECTION: { zh: '更正', en: 'Correction' },
  CANCELLATION: { zh: '档案注销', en: 'File cancelled' },
});
export type RecoverySource = EnumValue<typeof RecoverySource>;

export const RecoveryStatus = defineEnum({
  DUE: { zh: '待追回', en: 'Due' },
  SETTLED: { zh: '已追回', en: 'Settled' },
  WAIVED: { zh: '已核销', en: 'Waived' },
});
export type RecoveryStatus = EnumValue<typeof RecoveryStatus>;

export const ApprovalDecision = defineEnum({
  APPROVE: { zh: '批准', en: 'Approve' },
  REJECT: { zh: '不予批准', en: 'Reject' },
});
export type ApprovalDecision = EnumValue<typeof ApprovalDecision>;
