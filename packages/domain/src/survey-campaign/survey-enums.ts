import { defineEnum, type EnumValue } from '../common/labelled-enum';

/** 调研活动状态: drafted, open for field work (questionnaire frozen), closed. */
export const SurveyCampaignStatus = defineEnum({
  DRAFT: { zh: '草稿', en: 'Draft' },
  OPEN: { zh: '调研中', en: 'Open' },
  CLOSED: { zh: '已结束', en: 'Closed' },
});
export type SurveyCampaignStatus = EnumValue<typeof SurveyCampaignStatus>;

/** 问题类型 of a questionnaire item. */
export const SurveyQuestionKind = defineEnum({
  CHOICE: { zh: '选择题', en: 'Choice' },
  NUMBER: { zh: '数值题', en: 'Number' },
  TEXT: { zh: '文字题', en: 'Text' },
});
export type SurveyQuestionKind = EnumValue<typeof SurveyQuestionKind>;
