import { defineMessages, useTranslator } from '@bangfu/client';
import { portalMessages } from '../i18n/messages';

/** The words of 我的互助 in the portal, Chinese first; the portal's dictionary underneath. */
export const maPortalMessages = defineMessages({
  ...portalMessages,
  myMutualAid: { zh: '我的互助', en: 'My mutual aid' },
  myMutualAidHint: {
    zh: '职工医疗互助:您参加的计划、理赔的结果和说明、药房补助余额。',
    en: 'Mutual medical aid: the plans you joined, your claims explained, your pharmacy balance.',
  },
  enrolments: { zh: '我参加的计划', en: 'My plans' },
  noEnrolments: {
    zh: '您还没有参加职工医疗互助。请向单位工会咨询。',
    en: 'You have not joined mutual medical aid. Ask your unit union.',
  },
  term: { zh: '{year} 年度', en: 'Term {year}' },
  cover: { zh: '保障期 {from} 至 {to}', en: 'Covered {from} to {to}' },
  youPaid: { zh: '个人缴费 {amount}(已缴 {paid})', en: 'Your share {amount} (paid {paid})' },
  othersPaid: { zh: '工会等为您分担 {amount}', en: 'Unions and others pay {amount} for you' },
  hardship: { zh: '困难职工', en: 'Hardship worker' },
  claims: { zh: '我的理赔', en: 'My claims' },
  noClaims: { zh: '还没有理赔记录。', en: 'No claims yet.' },
  eventOn: { zh: '发生于 {date}', en: 'On {date}' },
  payable: { zh: '核算金额 {amount}', en: 'Worked out at {amount}' },
  paidOn: { zh: '{date} 已支付 {amount}', en: 'Paid {amount} on {date}' },
  howWorkedOut: { zh: '怎么算的', en: 'How it was worked out' },
  pharmacy: { zh: '药房补助', en: 'Pharmacy subsidy' },
  noPharmacy: { zh: '您没有药房补助账户。', en: 'You have no pharmacy subsidy account.' },
  balance: { zh: '{year} 年余额', en: 'Balance {year}' },
  toppedUp: { zh: '充值', en: 'Top-up' },
  purchase: { zh: '购药', en: 'Purchase' },
  balanceAfter: { zh: '余额 {amount}', en: 'Balance {amount}' },
});

export const useMaPortalT = () => useTranslator(maPortalMessages);
