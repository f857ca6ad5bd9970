import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 送温暖 "两节": 元旦 and 春节 (brief §6.3); OTHER for a one-off campaign (e.g. after a disaster). */
export const Festival = defineEnum({
  NEW_YEAR: { zh: '元旦', en: "New Year's Day" },
  SPRING_FESTIVAL: { zh: '春节', en: 'Spring Festival' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type Festival = EnumValue<typeof Festival>;

/** A campaign moves DRAFT → LISTED → APPROVED → PAYING → PAID; CANCELLED before any payment. */
export const FestivalCampaignStatus = defineEnum({
  DRAFT: { zh: '草稿', en: 'Draft' },
  LISTED: { zh: '已生成名单', en: 'List built' },
  APPROVED: { zh: '已审批', en: 'Approved' },
  PAYING: { zh: '发放中', en: 'Paying' },
  PAID: { zh: '已发放', en: 'Paid' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
});
export type FestivalCampaignStatus = EnumValue<typeof FestivalCampaignStatus>;

/** One household on a campaign's list. */
export const FestivalItemStatus = defineEnum({
  LISTED: { zh: '待发放', en: 'Listed' },
  EXCLUDED: { zh: '已剔除', en: 'Excluded' },
  PAID: { zh: '已发放', en: 'Paid' },
});
export type FestivalItemStatus = EnumValue<typeof FestivalItemStatus>;
