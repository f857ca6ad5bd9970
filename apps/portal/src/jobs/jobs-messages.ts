import { defineMessages, useTranslator } from '@bangfu/client';
import { portalMessages } from '../i18n/messages';

/** The words of 送岗到户 in the portal, Chinese first; the portal's dictionary underneath. */
export const jobsMessages = defineMessages({
  ...portalMessages,
  myJobs: { zh: '为我推荐的岗位', en: 'Jobs for me' },
  myJobsHint: {
    zh: '工会根据您家庭的情况推荐的岗位:离家远近、学过的技能、工资和工作时间。',
    en: 'Jobs the union matched to your household: distance, skills, pay and working hours.',
  },
  noJobs: {
    zh: '暂时没有适合您的岗位。有新岗位时,工会会通知您。',
    en: 'No matching jobs right now. The union will tell you when there are.',
  },
  recommended: { zh: '工会推荐', en: 'Recommended' },
  isNew: { zh: '新', en: 'New' },
  suitsMember: { zh: '适合:{name}', en: 'Suits: {name}' },
  whyItSuits: { zh: '推荐理由', en: 'Why it suits' },
  interested: { zh: '我感兴趣', en: "I'm interested" },
  interestRecorded: {
    zh: '已告诉工会您对这个岗位感兴趣,工作人员会与您联系。',
    en: 'The union knows you are interested and will contact you.',
  },
  interestSignIn: {
    zh: '用帮扶联系卡登录后可向工会表达求职意向;也可以到招聘会现场的展位咨询,或联系所在社区的工会。',
    en: 'Sign in with your contact card to tell the union you are interested, or ask at the fair booth or your community union.',
  },
  validTo: { zh: '招聘截止 {date}', en: 'Open until {date}' },
});

export const useJobsT = () => useTranslator(jobsMessages);
