import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 回避申报 kinds: one's own ID number, a relative's, or one's employer. */
export const DeclarationKind = defineEnum({
  SELF: { zh: '本人身份证号', en: 'Own ID number' },
  RELATIVE: { zh: '亲属身份证号', en: "A relative's ID number" },
  EMPLOYER: { zh: '本人工作单位', en: 'Own employer' },
});
export type DeclarationKind = EnumValue<typeof DeclarationKind>;

/** 回避事由: why a person may not take part in a step of a case. */
export const RecusalReason = defineEnum({
  SELF_IS_MEMBER: { zh: '本人为该户家庭成员', en: 'Is a member of the household' },
  DECLARED_RELATIVE: { zh: '申报的亲属为该户家庭成员', en: 'A declared relative is a member' },
  SAME_EMPLOYER: { zh: '与申请人同一工作单位', en: 'Same employer as the household' },
  SURVEYOR_OF_CASE: { zh: '本案入户调查人员', en: 'Surveyed this case' },
  REGISTRAR_OF_CASE: { zh: '本案建档登记人员', en: 'Registered this case' },
});
export type RecusalReason = EnumValue<typeof RecusalReason>;

/** 民主评议结果. */
export const DemocraticReviewOutcome = defineEnum({
  PASS: { zh: '评议通过', en: 'Passed' },
  REJECT: { zh: '评议不通过', en: 'Rejected' },
});
export type DemocraticReviewOutcome = EnumValue<typeof DemocraticReviewOutcome>;

export const NoticeStatus = defineEnum({
  OPEN: { zh: '公示中', en: 'Open' },
  ENDED: { zh: '公示期满', en: 'Ended' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
});
export type NoticeStatus = EnumValue<typeof NoticeStatus>;

/** How an objection (异议) reached the union. */
export const ObjectionChannel = defineEnum({
  HOTLINE: { zh: '热线电话', en: 'Hotline' },
  IN_PERSON: { zh: '当面反映', en: 'In person' },
  LETTER: { zh: '来信', en: 'Letter' },
  ONLINE: { zh: '网络', en: 'Online' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type ObjectionChannel = EnumValue<typeof ObjectionChannel>;

export const ObjectionStatus = defineEnum({
  OPEN: { zh: '待处理', en: 'Open' },
  UPHELD: { zh: '异议成立', en: 'Upheld' },
  DISMISSED: { zh: '异议不成立', en: 'Dismissed' },
});
export type ObjectionStatus = EnumValue<typeof ObjectionStatus>;

/** 上级复核 decisions. */
export const HigherReviewDecision = defineEnum({
  APPROVE: { zh: '审核通过', en: 'Approve' },
  RETURN: { zh: '退回原建档单位', en: 'Return to the filing union' },
  REJECT: { zh: '不予建档', en: 'Reject' },
});
export type HigherReviewDecision = EnumValue<typeof HigherReviewDecision>;

/** What an approval guard found missing (brief §3.2: "Approval needs …"). */
export const ApprovalGuard = defineEnum({
  NOTICE_ENDED: { zh: '须有期满的公示记录', en: 'An ended public notice is required' },
  OBJECTIONS_HANDLED: { zh: '公示异议须全部处理', en: 'Every objection must be handled' },
  INCOME_CHECK_CLEAR: { zh: '须有核对相符的经济状况核对结果', en: 'A clear income check is required' },
  STAMPED: { zh: '须加盖公章', en: 'The decision must be stamped' },
  HIGHER_LEVEL: { zh: '须由上级工会复核', en: 'Must be reviewed by a higher union' },
});
export type ApprovalGuard = EnumValue<typeof ApprovalGuard>;
