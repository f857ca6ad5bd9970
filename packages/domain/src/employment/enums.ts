import { defineEnum, type EnumValue } from '../common/labelled-enum';

/** 岗位类别: the trades the unions train for and place into (article: 家政服务, 厨艺, 电子机械, 汽车维修 …). */
export const PositionCategory = defineEnum({
  HOUSEKEEPING: { zh: '家政服务', en: 'Housekeeping' },
  CATERING: { zh: '餐饮厨艺', en: 'Catering and cooking' },
  ELECTRONICS_MACHINERY: { zh: '电子机械', en: 'Electronics and machinery' },
  AUTO_REPAIR: { zh: '汽车维修', en: 'Car repair' },
  MANUFACTURING: { zh: '生产制造', en: 'Manufacturing' },
  CONSTRUCTION: { zh: '建筑施工', en: 'Construction' },
  LOGISTICS: { zh: '物流配送', en: 'Logistics and delivery' },
  RETAIL: { zh: '商超零售', en: 'Retail' },
  SECURITY_CLEANING: { zh: '保安保洁', en: 'Security and cleaning' },
  ELDERLY_CARE: { zh: '养老护理', en: 'Elderly care' },
  OFFICE: { zh: '办公文员', en: 'Office work' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type PositionCategory = EnumValue<typeof PositionCategory>;

/** 工作时间安排. SCHOOL_HOURS suits a parent who takes children to and from school. */
export const WorkHours = defineEnum({
  FULL_TIME: { zh: '全日制', en: 'Full time' },
  PART_TIME: { zh: '非全日制', en: 'Part time' },
  SHIFTS: { zh: '倒班', en: 'Shifts' },
  SCHOOL_HOURS: { zh: '错峰(适合接送子女)', en: 'School hours' },
});
export type WorkHours = EnumValue<typeof WorkHours>;

/** 岗位适合说明: what a position asks of the body and the day, used by matching. */
export const Suitability = defineEnum({
  CARE_DUTIES: { zh: '适合有照护负担者', en: 'Suits workers with care duties' },
  NO_HEAVY_LABOUR: { zh: '无重体力劳动', en: 'No heavy labour' },
  DISABILITY_FRIENDLY: { zh: '适合残疾人', en: 'Suits workers with disabilities' },
  OLDER_WORKERS: { zh: '适合大龄职工', en: 'Suits older workers' },
  TRAINING_PROVIDED: { zh: '提供岗前培训', en: 'Training provided' },
});
export type Suitability = EnumValue<typeof Suitability>;

export const PositionStatus = defineEnum({
  DRAFT: { zh: '草稿', en: 'Draft' },
  OPEN: { zh: '招聘中', en: 'Open' },
  FILLED: { zh: '已招满', en: 'Filled' },
  CLOSED: { zh: '已关闭', en: 'Closed' },
});
export type PositionStatus = EnumValue<typeof PositionStatus>;

/** 促就业活动 a fair runs under. */
export const FairProgramme = defineEnum({
  SPRING_BREEZE: { zh: '春风行动', en: 'Spring Breeze campaign' },
  EMPLOYMENT_AID_MONTH: { zh: '就业援助月', en: 'Employment Aid Month' },
  PRIVATE_ENTERPRISE_WEEK: { zh: '民营企业招聘周', en: 'Private Enterprise Recruitment Week' },
  GRADUATE_SUNSHINE: { zh: '阳光就业暖心行动', en: 'Sunshine Employment for graduates' },
  OTHER: { zh: '其他招聘活动', en: 'Other fair' },
});
export type FairProgramme = EnumValue<typeof FairProgramme>;

export const FairStatus = defineEnum({
  DRAFT: { zh: '筹备中', en: 'Being prepared' },
  PUBLISHED: { zh: '已发布', en: 'Published' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
});
export type FairStatus = EnumValue<typeof FairStatus>;
