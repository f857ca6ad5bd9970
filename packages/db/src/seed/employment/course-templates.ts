import type { PositionCategory } from '@bangfu/domain';

/** A kind of course the unions run (article: 家政服务, 厨艺, 电子机械, 汽车维修 …). */
export interface CourseTemplate {
  readonly title: string;
  readonly skill: string;
  readonly category: PositionCategory;
  readonly certificate: string | null;
}

export const COURSE_TEMPLATES: readonly CourseTemplate[] = [
  {
    title: '家政服务员技能培训班',
    skill: '家政服务',
    category: 'HOUSEKEEPING',
    certificate: '家政服务员职业技能等级证书',
  },
  { title: '育婴员培训班', skill: '育婴', category: 'HOUSEKEEPING', certificate: '育婴员职业技能等级证书' },
  {
    title: '中式烹调师培训班',
    skill: '中式烹调',
    category: 'CATERING',
    certificate: '中式烹调师职业技能等级证书',
  },
  {
    title: '中式面点师培训班',
    skill: '面点',
    category: 'CATERING',
    certificate: '中式面点师职业技能等级证书',
  },
  { title: '电子装配工培训班', skill: '电子装配', category: 'ELECTRONICS_MACHINERY', certificate: null },
  {
    title: '低压电工培训班',
    skill: '电工',
    category: 'ELECTRONICS_MACHINERY',
    certificate: '特种作业操作证(低压电工)',
  },
  {
    title: '汽车维修工培训班',
    skill: '汽车维修',
    category: 'AUTO_REPAIR',
    certificate: '汽车维修工职业技能等级证书',
  },
  {
    title: '养老护理员培训班',
    skill: '养老护理',
    category: 'ELDERLY_CARE',
    certificate: '养老护理员职业技能等级证书',
  },
  { title: '保安员培训班', skill: '安保', category: 'SECURITY_CLEANING', certificate: '保安员证' },
  { title: '快递分拣与配送培训班', skill: '分拣', category: 'LOGISTICS', certificate: null },
];

/** 农民工技能培训: short sessions open to all migrant workers, counted in 人次 (article: 六盘水 2016). */
export const MIGRANT_TEMPLATES: readonly CourseTemplate[] = [
  { title: '农民工建筑技能培训', skill: '钢筋', category: 'CONSTRUCTION', certificate: null },
  { title: '农民工电焊技能培训', skill: '电焊', category: 'MANUFACTURING', certificate: null },
  { title: '农民工家政技能培训', skill: '家政服务', category: 'HOUSEKEEPING', certificate: null },
  { title: '农民工餐饮技能培训', skill: '中式烹调', category: 'CATERING', certificate: null },
  { title: '农民工电工技能培训', skill: '电工', category: 'ELECTRONICS_MACHINERY', certificate: null },
];

export const PARTNERS: readonly string[] = [
  '职业技术学院',
  '技师学院',
  '职工技能培训中心',
  '就业训练中心',
  '职业培训学校',
];
