/** What the self-service portal will let a worker and their family do (architecture.md, "Who uses it"). */
export interface PortalService {
  readonly key: string;
  readonly title: string;
  readonly description: string;
}

export const PORTAL_SERVICES: readonly PortalService[] = [
  { key: 'progress', title: '申请进度', description: '查看帮扶申请办到了哪一步，以及每一步的结果和理由。' },
  { key: 'plan', title: '帮扶计划', description: '查看为您家庭制定的帮扶计划，并在线确认签字。' },
  { key: 'payments', title: '帮扶资金', description: '查看每一笔帮扶资金的发放时间、金额和依据。' },
  { key: 'mutual-aid', title: '医疗互助', description: '查看职工医疗互助的参加情况和报销申请进度。' },
  { key: 'jobs', title: '岗位与培训', description: '查看与您的情况相匹配的就业岗位和技能培训。' },
  { key: 'appeal', title: '异议与申诉', description: '对认定结果或公示内容有不同意见，可在线提出。' },
];
