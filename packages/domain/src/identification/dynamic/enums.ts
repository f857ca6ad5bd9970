import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 志愿者核查走访的状态与结论. */
export const VisitStatus = defineEnum({
  ASSIGNED: { zh: '已派发', en: 'Assigned' },
  DONE: { zh: '已完成', en: 'Done' },
});
export type VisitStatus = EnumValue<typeof VisitStatus>;

export const VisitOutcome = defineEnum({
  CONFIRMED: { zh: '情况属实', en: 'Confirmed' },
  DISCREPANCY: { zh: '情况不符', en: 'Discrepancy found' },
});
export type VisitOutcome = EnumValue<typeof VisitOutcome>;

/** 志愿者线索 (a volunteer points a caseworker to a worker who may need help). */
export const ReferralStatus = defineEnum({
  NEW: { zh: '待处理', en: 'New' },
  CONVERTED: { zh: '已建档', en: 'Converted to a file' },
  DECLINED: { zh: '不予受理', en: 'Declined' },
});
export type ReferralStatus = EnumValue<typeof ReferralStatus>;

/** How a spot-check sample is stratified: by county, by surveyor of record, or by both. */
export const StratifyBy = defineEnum({
  REGION: { zh: '按县(市、区)分层', en: 'By county' },
  SURVEYOR: { zh: '按调查人分层', en: 'By surveyor' },
  BOTH: { zh: '按县和调查人分层', en: 'By county and surveyor' },
});
export type StratifyBy = EnumValue<typeof StratifyBy>;

/** The file states a spot check may sample (filed, aided, and exited or cancelled files, §3.1 step 11). */
export const SpotCheckStatus = defineEnum({
  FILED: { zh: '已建档', en: 'Filed' },
  AIDED: { zh: '帮扶中', en: 'Receiving aid' },
  EXITED_TUOKUN: { zh: '已脱困', en: 'Exited (out of hardship)' },
  EXITED_JIEKUN: { zh: '已解困', en: 'Exited (hardship relieved)' },
  CANCELLED: { zh: '已注销', en: 'Cancelled' },
});
export type SpotCheckStatus = EnumValue<typeof SpotCheckStatus>;

/** Why a file passes through UNDER_REVIEW (brief §3.2: annual, random, change reported, accident due). */
export const FileReviewReason = defineEnum({
  ANNUAL: { zh: '年度复核', en: 'Annual review' },
  RANDOM: { zh: '随机抽查复核', en: 'Random review' },
  CHANGE_REPORT: { zh: '情况变化报告', en: 'Change reported' },
  ACCIDENT_DUE: { zh: '意外致困到期复核', en: 'Accident file due for review' },
});
export type FileReviewReason = EnumValue<typeof FileReviewReason>;

export const FileReviewOutcome = defineEnum({
  CONFIRM: { zh: '继续保留', en: 'Keep the file' },
  EXIT_TUOKUN: { zh: '脱困退出', en: 'Exit: out of hardship' },
  EXIT_JIEKUN: { zh: '解困退出', en: 'Exit: hardship relieved' },
  CANCEL: { zh: '注销', en: 'Cancel the file' },
});
export type FileReviewOutcome = EnumValue<typeof FileReviewOutcome>;

export const FollowUpOutcome = defineEnum({
  STABLE: { zh: '生活稳定', en: 'Stable' },
  AT_RISK: { zh: '有返困风险', en: 'At risk of hardship again' },
  RETURNED_TO_HARDSHIP: { zh: '已返困', en: 'Back in hardship' },
  UNREACHABLE: { zh: '无法联系', en: 'Could not be reached' },
});
export type FollowUpOutcome = EnumValue<typeof FollowUpOutcome>;

export const RectificationStatus = defineEnum({
  OPEN: { zh: '整改中', en: 'Open' },
  DONE: { zh: '已整改', en: 'Done' },
});
export type RectificationStatus = EnumValue<typeof RectificationStatus>;
