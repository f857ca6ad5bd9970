import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 实习顶岗的结果: the article's 添阳 community sends workers to local firms to train on the job. */
export const InternshipOutcome = defineEnum({
  ONGOING: { zh: '实习中', en: 'Ongoing' },
  HIRED: { zh: '留用就业', en: 'Hired' },
  ENDED: { zh: '实习结束未留用', en: 'Ended without hire' },
});
export type InternshipOutcome = EnumValue<typeof InternshipOutcome>;

/** 技能比武的级别. */
export const CompetitionLevel = defineEnum({
  ENTERPRISE: { zh: '企业级', en: 'Enterprise' },
  COUNTY: { zh: '县级', en: 'County' },
  PREFECTURE: { zh: '市级', en: 'Prefecture' },
  PROVINCE: { zh: '省级', en: 'Province' },
});
export type CompetitionLevel = EnumValue<typeof CompetitionLevel>;

/** 师徒带徒 (mentoring) status. */
export const MentorshipStatus = defineEnum({
  ACTIVE: { zh: '带徒中', en: 'Active' },
  COMPLETED: { zh: '已出师', en: 'Completed' },
  WITHDRAWN: { zh: '已终止', en: 'Withdrawn' },
});
export type MentorshipStatus = EnumValue<typeof MentorshipStatus>;

/** 创业阶段. */
export const StartupStage = defineEnum({
  IDEA: { zh: '创业意向', en: 'Idea' },
  PREPARING: { zh: '筹备中', en: 'Preparing' },
  REGISTERED: { zh: '已注册', en: 'Registered' },
  OPERATING: { zh: '正常经营', en: 'Operating' },
  CLOSED: { zh: '已歇业', en: 'Closed' },
});
export type StartupStage = EnumValue<typeof StartupStage>;

export const StartupStatus = defineEnum({
  OPEN: { zh: '扶持中', en: 'Being supported' },
  CLOSED: { zh: '已结案', en: 'Closed' },
});
export type StartupStatus = EnumValue<typeof StartupStatus>;

/** 创业扶持的方式 (article: 创业指导、项目咨询、跟踪服务、税费减免、场地安排). */
export const StartupActivityKind = defineEnum({
  GUIDANCE: { zh: '创业指导', en: 'Guidance' },
  CONSULTING: { zh: '项目咨询', en: 'Project consulting' },
  VENUE: { zh: '场地安排', en: 'Venue' },
  TAX_RELIEF: { zh: '税费减免', en: 'Tax relief' },
  FOLLOW_UP: { zh: '跟踪回访', en: 'Follow-up visit' },
});
export type StartupActivityKind = EnumValue<typeof StartupActivityKind>;

/** 困难企业的致困原因. */
export const EnterpriseReason = defineEnum({
  CAPACITY_CUT: { zh: '去产能', en: 'Capacity cut' },
  RESTRUCTURING: { zh: '改制重组', en: 'Restructuring' },
  CLOSURE: { zh: '关停破产', en: 'Closure' },
  SUSPENSION: { zh: '停产半停产', en: 'Production suspended' },
  WAGE_ARREARS: { zh: '欠发工资', en: 'Wage arrears' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type EnterpriseReason = EnumValue<typeof EnterpriseReason>;

export const EnterpriseStatus = defineEnum({
  WATCH: { zh: '关注中', en: 'Watching' },
  SUPPORTING: { zh: '帮扶中', en: 'Supporting' },
  RESOLVED: { zh: '已脱困', en: 'Resolved' },
});
export type EnterpriseStatus = EnumValue<typeof EnterpriseStatus>;

/** 帮扶措施 taken for an enterprise's workers. */
export const EnterpriseMeasureKind = defineEnum({
  REDEPLOYMENT: { zh: '转岗分流', en: 'Redeployment' },
  TRAINING: { zh: '转岗培训', en: 'Retraining' },
  JOB_FAIR: { zh: '专场招聘', en: 'Dedicated job fair' },
  STARTUP: { zh: '自主创业扶持', en: 'Start-up support' },
  AID: { zh: '困难帮扶', en: 'Hardship aid' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type EnterpriseMeasureKind = EnumValue<typeof EnterpriseMeasureKind>;
