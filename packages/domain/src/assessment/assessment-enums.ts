import { defineEnum, type EnumValue } from '../common/labelled-enum';

/** 考核指标: what a union level sets yearly targets for (一级抓一级、层层抓落实). */
export const AssessmentMetric = defineEnum({
  EXITS: { zh: '解困脱困户数', en: 'Households exited' },
  TRAININGS: { zh: '培训人数', en: 'People trained' },
  PLACEMENTS: { zh: '就业安置人数', en: 'People placed in jobs' },
  VERIFICATION_COVERAGE: { zh: '志愿者核查覆盖率', en: 'Verification coverage' },
});
export type AssessmentMetric = EnumValue<typeof AssessmentMetric>;

/** Metrics whose target and actual are a share in permille (‰) rather than a count. */
export const ASSESSMENT_PERMILLE_METRICS: readonly AssessmentMetric[] = ['VERIFICATION_COVERAGE'];

/** Progress against a target, judged by the share of the year already gone. */
export const AssessmentProgressStatus = defineEnum({
  MET: { zh: '达标', en: 'Met' },
  ON_TRACK: { zh: '进行中', en: 'On track' },
  BEHIND: { zh: '落后', en: 'Behind' },
  NO_TARGET: { zh: '未设目标', en: 'No target' },
});
export type AssessmentProgressStatus = EnumValue<typeof AssessmentProgressStatus>;

/** 逾期任务: work a unit should have finished by now. */
export const AssessmentOverdueKind = defineEnum({
  SURVEY_LATE: { zh: '入户调查超时', en: 'Home survey late' },
  NOTICE_NOT_CLOSED: { zh: '公示期满未结束', en: 'Notice ended but not closed' },
  REVIEW_OVERDUE: { zh: '复核逾期', en: 'Review overdue' },
  RECTIFICATION_OVERDUE: { zh: '整改逾期', en: 'Rectification overdue' },
});
export type AssessmentOverdueKind = EnumValue<typeof AssessmentOverdueKind>;
