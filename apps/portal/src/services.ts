import type { Label } from '@bangfu/domain';

/** What the self-service portal lets a worker and their family do (architecture.md, "Who uses it"). */
export interface PortalService {
  readonly key: string;
  readonly title: Label;
  readonly description: Label;
}

export const PORTAL_SERVICES: readonly PortalService[] = [
  {
    key: 'progress',
    title: { zh: '申请进度', en: 'Where is my case' },
    description: {
      zh: '查看帮扶申请办到了哪一步，以及每一步的结果和理由。',
      en: 'See which step your application is at, and the result and reasons of each step.',
    },
  },
  {
    key: 'plan',
    title: { zh: '帮扶计划', en: 'Aid plan' },
    description: {
      zh: '查看为您家庭制定的帮扶计划，并在线确认签字。',
      en: 'Read the aid plan made with your household and sign it online.',
    },
  },
  {
    key: 'payments',
    title: { zh: '帮扶资金', en: 'Payments' },
    description: {
      zh: '查看每一笔帮扶资金的发放时间、金额和依据。',
      en: 'See when each payment was made, how much, and why.',
    },
  },
  {
    key: 'mutual-aid',
    title: { zh: '医疗互助', en: 'Mutual medical aid' },
    description: {
      zh: '查看职工医疗互助的参加情况和报销申请进度。',
      en: 'See your mutual-aid enrolment and claims.',
    },
  },
  {
    key: 'jobs',
    title: { zh: '岗位与培训', en: 'Jobs and training' },
    description: {
      zh: '查看与您的情况相匹配的就业岗位和技能培训。',
      en: 'Find jobs and training that suit your situation.',
    },
  },
  {
    key: 'appeal',
    title: { zh: '异议与申诉', en: 'Objections and appeals' },
    description: {
      zh: '对认定结果或公示内容有不同意见，可在线提出。',
      en: 'Disagree with a decision or a public notice? Say so online.',
    },
  },
];
