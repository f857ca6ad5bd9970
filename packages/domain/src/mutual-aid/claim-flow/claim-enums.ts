import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** Where a mutual-aid claim stands (互助理赔状态). */
export const ClaimStatus = defineEnum({
  SUBMITTED: { zh: '已提交', en: 'Submitted' },
  ADJUDICATED: { zh: '已核算,待审核', en: 'Adjudicated, awaiting review' },
  SECOND_REVIEW: { zh: '待复核', en: 'Awaiting second review' },
  APPROVED: { zh: '已批准,待支付', en: 'Approved, awaiting payment' },
  REJECTED: { zh: '不予赔付', en: 'Rejected' },
  PAID: { zh: '已支付', en: 'Paid' },
});
export type ClaimStatus = EnumValue<typeof ClaimStatus>;

/** Who filed the claim: the unit union's staff, or the worker in the portal. */
export const ClaimSubmitter = defineEnum({
  STAFF: { zh: '工会经办', en: 'Union staff' },
  WORKER: { zh: '职工本人', en: 'The worker' },
});
export type ClaimSubmitter = EnumValue<typeof ClaimSubmitter>;

/** Why a claim needs a second, different reviewer (复核). */
export const SecondReviewReason = defineEnum({
  RANDOM: { zh: '随机抽中复核', en: 'Drawn at random for a second review' },
  ABOVE_AMOUNT: { zh: '金额超过复核线', en: 'Amount above the second-review line' },
});
export type SecondReviewReason = EnumValue<typeof SecondReviewReason>;

export const ClaimDecision = defineEnum({
  APPROVE: { zh: '同意赔付', en: 'Approve' },
  REJECT: { zh: '不予赔付', en: 'Reject' },
});
export type ClaimDecision = EnumValue<typeof ClaimDecision>;

/** Kinds of entry in the append-only mutual-aid fund ledger (互助基金台账). */
export const FundEntryKind = defineEnum({
  CONTRIBUTION: { zh: '缴费入账', en: 'Contribution received' },
  CLAIM_PAYOUT: { zh: '理赔支出', en: 'Claim payout' },
  PHARMACY_TOP_UP: { zh: '药店补助充值', en: 'Pharmacy subsidy top-up' },
});
export type FundEntryKind = EnumValue<typeof FundEntryKind>;
