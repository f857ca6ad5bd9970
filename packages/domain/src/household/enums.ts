import { defineEnum, type EnumValue } from '../common/labelled-enum';

/** 认定标准版本: the 2016–2020 campaign standard or the 2020 常态化帮扶 standard (brief §2). */
export const StandardVersion = defineEnum({
  ACFTU_2016: { zh: '2016版(解困脱困)', en: 'ACFTU 2016 (campaign)' },
  ACFTU_2020: { zh: '2020版(常态化帮扶)', en: 'ACFTU 2020 (regular aid)' },
});
export type StandardVersion = EnumValue<typeof StandardVersion>;

/** 困难类别. Each category belongs to exactly one standard version. */
export const HardshipCategory = defineEnum({
  DIBAO: { zh: '低保户', en: 'Minimum-living-guarantee household' },
  DIBAO_EDGE: { zh: '低保边缘户', en: 'Near-minimum household' },
  ACCIDENT_2016: { zh: '意外致困户', en: 'Hardship by accident (2016)' },
  DEEP: { zh: '深度困难', en: 'Deep hardship' },
  RELATIVE: { zh: '相对困难', en: 'Relative hardship' },
  ACCIDENT: { zh: '意外致困', en: 'Hardship by accident' },
});
export type HardshipCategory = EnumValue<typeof HardshipCategory>;

export const CATEGORIES_BY_STANDARD: Readonly<Record<StandardVersion, readonly HardshipCategory[]>> = {
  ACFTU_2016: ['DIBAO', 'DIBAO_EDGE', 'ACCIDENT_2016'],
  ACFTU_2020: ['DEEP', 'RELATIVE', 'ACCIDENT'],
};

/** 致困原因 with the national form's numeric codes 1–10 (brief §4.1). */
export const HardshipCause = defineEnum({
  NO_WORK_CAPACITY: { zh: '无劳动能力', en: 'No capacity to work' },
  ABLE_BUT_UNEMPLOYED: { zh: '有劳动能力而未就业', en: 'Able to work but not employed' },
  LAID_OFF: { zh: '下岗失业', en: 'Laid off / unemployed' },
  NO_SOCIAL_INSURANCE: { zh: '未参加社会保险', en: 'Not in social insurance' },
  INSURANCE_NOT_DELIVERED: { zh: '社会保险待遇落实不到位', en: 'Social insurance benefits not delivered' },
  SERIOUS_ILLNESS: { zh: '患重特大疾病', en: 'Serious or critical illness' },
  NATURAL_DISASTER: { zh: '遭受自然灾害', en: 'Natural disaster' },
  ACCIDENT: { zh: '遭受意外事故', en: 'Accident' },
  CHILD_SCHOOLING: { zh: '子女上学', en: "Children's schooling" },
  OTHER: { zh: '其他', en: 'Other' },
});
export type HardshipCause = EnumValue<typeof HardshipCause>;
export const CAUSE_FORM_CODE: Readonly<Record<HardshipCause, number>> = {
  NO_WORK_CAPACITY: 1,
  ABLE_BUT_UNEMPLOYED: 2,
  LAID_OFF: 3,
  NO_SOCIAL_INSURANCE: 4,
  INSURANCE_NOT_DELIVERED: 5,
  SERIOUS_ILLNESS: 6,
  NATURAL_DISASTER: 7,
  ACCIDENT: 8,
  CHILD_SCHOOLING: 9,
  OTHER: 10,
};

/** 住房类型 (brief §4.1, first list). */
export const HousingType = defineEnum({
  LEASED_UNIT_PUBLIC: { zh: '承租单位公房', en: 'Leased work-unit housing' },
  GOVT_LOW_RENT: { zh: '政府廉租房', en: 'Government low-rent housing' },
  OWNED_PURCHASED: { zh: '自购房', en: 'Purchased own home' },
  NONE: { zh: '无房', en: 'No housing' },
  RENTED: { zh: '租房', en: 'Rented' },
  SELF_BUILT: { zh: '自建房', en: 'Self-built' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type HousingType = EnumValue<typeof HousingType>;

/** 建筑面积 band in m². */
export const AreaBand = defineEnum({
  UP_TO_20: { zh: '20㎡及以下', en: '≤ 20 m²' },
  FROM_20_TO_50: { zh: '20–50㎡', en: '20–50 m²' },
  FROM_50_TO_70: { zh: '50–70㎡', en: '50–70 m²' },
  OVER_70: { zh: '70㎡以上', en: '> 70 m²' },
});
export type AreaBand = EnumValue<typeof AreaBand>;

/** 与户主关系. SELF is the worker who files (本人). */
export const Relation = defineEnum({
  SELF: { zh: '本人', en: 'Self (worker)' },
  SPOUSE: { zh: '配偶', en: 'Spouse' },
  CHILD: { zh: '子女', en: 'Child' },
  PARENT: { zh: '父母', en: 'Parent' },
  PARENT_IN_LAW: { zh: '岳父母/公婆', en: 'Parent-in-law' },
  GRANDCHILD: { zh: '孙子女/外孙子女', en: 'Grandchild' },
  SIBLING: { zh: '兄弟姐妹', en: 'Sibling' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type Relation = EnumValue<typeof Relation>;

export const Sex = defineEnum({
  MALE: { zh: '男', en: 'Male' },
  FEMALE: { zh: '女', en: 'Female' },
});
export type Sex = EnumValue<typeof Sex>;

/** 健康状况 (brief §4.2). */
export const HealthStatus = defineEnum({
  GOOD: { zh: '良好', en: 'Good' },
  CANCER: { zh: '恶性肿瘤/癌症', en: 'Malignant tumour / cancer' },
  CARDIOVASCULAR: { zh: '心血管病', en: 'Cardiovascular disease' },
  CEREBROVASCULAR: { zh: '脑血管病', en: 'Cerebrovascular disease' },
  END_STAGE_RENAL: { zh: '终末期肾病/尿毒症', en: 'End-stage renal disease' },
  MENTAL_ILLNESS: { zh: '精神病', en: 'Mental illness' },
  LIVER: { zh: '肝病', en: 'Liver disease' },
  BLOOD: { zh: '血液病', en: 'Blood disease' },
  DIABETES: { zh: '糖尿病', en: 'Diabetes' },
  TUMOUR: { zh: '肿瘤病', en: 'Tumour' },
  SPINE: { zh: '腰颈椎病', en: 'Spinal disease' },
  HYPERTENSION: { zh: '高血压病', en: 'Hypertension' },
  LUNG: { zh: '肺病', en: 'Lung disease' },
  GENERAL_ILLNESS: { zh: '一般疾病', en: 'General illness' },
  DEEP_COMA: { zh: '深度昏迷', en: 'Deep coma' },
  PERMANENT_PARALYSIS: { zh: '永久瘫痪', en: 'Permanent paralysis' },
  SEVERE_ALZHEIMER: { zh: '严重阿尔茨海默病', en: "Severe Alzheimer's" },
  SEVERE_PARKINSON: { zh: '严重帕金森病', en: "Severe Parkinson's" },
  SEVERE_MOTOR_NEURON: { zh: '严重运动神经元病', en: 'Severe motor neuron disease' },
  DISABLED: { zh: '残疾', en: 'Disability' },
});
export type HealthStatus = EnumValue<typeof HealthStatus>;

export const DisabilityKind = defineEnum({
  VISION: { zh: '视力', en: 'Visual' },
  HEARING: { zh: '听力', en: 'Hearing' },
  SPEECH: { zh: '言语', en: 'Speech' },
  INTELLECTUAL: { zh: '智力', en: 'Intellectual' },
  PHYSICAL: { zh: '肢体', en: 'Physical' },
  MENTAL: { zh: '精神', en: 'Psychosocial' },
  MULTIPLE: { zh: '多重', en: 'Multiple' },
});
export type DisabilityKind = EnumValue<typeof DisabilityKind>;

export const DisabilityGrade = defineEnum({
  GRADE_1: { zh: '一级(极重度)', en: 'Grade 1 (profound)' },
  GRADE_2: { zh: '二级(重度)', en: 'Grade 2 (severe)' },
  GRADE_3: { zh: '三级(中度)', en: 'Grade 3 (moderate)' },
  GRADE_4: { zh: '四级(轻度)', en: 'Grade 4 (mild)' },
});
export type DisabilityGrade = EnumValue<typeof DisabilityGrade>;

/** 工作状态/人员身份 (brief §4.2–4.3), extended with the states a family member can be in. */
export const WorkStatus = defineEnum({
  ON_DUTY: { zh: '在岗', en: 'Employed' },
  LAID_OFF: { zh: '下(待)岗', en: 'Laid off / waiting' },
  UNEMPLOYED: { zh: '失(无)业', en: 'Unemployed' },
  FLEXIBLE: { zh: '灵活就业', en: 'Flexibly employed' },
  MIGRANT_WORKER: { zh: '农民工', en: 'Migrant worker' },
  RETIRED: { zh: '退休', en: 'Retired' },
  SICK_LEAVE: { zh: '病休', en: 'On sick leave' },
  EARLY_RETIRED: { zh: '内退', en: 'Early internal retirement' },
  STUDENT: { zh: '在校学生', en: 'Student' },
  PRESCHOOL: { zh: '学龄前', en: 'Pre-school child' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type WorkStatus = EnumValue<typeof WorkStatus>;

/**
 * 所属行业 of the worker (brief §4.2). The national form's legacy list, folded onto GB/T 4754
 * sections [A]: the report counts households by it.
 */
export const Industry = defineEnum({
  AGRICULTURE: { zh: '农林牧渔', en: 'Agriculture, forestry, fishing' },
  MINING: { zh: '采矿(煤炭)', en: 'Mining (coal)' },
  MANUFACTURING: { zh: '制造业', en: 'Manufacturing' },
  UTILITIES: { zh: '电力燃气水', en: 'Power, gas and water' },
  CONSTRUCTION: { zh: '建筑业', en: 'Construction' },
  TRANSPORT: { zh: '交通运输邮政', en: 'Transport, post' },
  TRADE: { zh: '批发零售', en: 'Wholesale and retail' },
  HOSPITALITY: { zh: '住宿餐饮', en: 'Hotels and catering' },
  FINANCE: { zh: '金融保险', en: 'Finance and insurance' },
  REAL_ESTATE: { zh: '房地产物业', en: 'Real estate, property' },
  SERVICES: { zh: '居民服务', en: 'Household services' },
  EDUCATION_HEALTH: { zh: '教育卫生(医药)', en: 'Education, health (pharma)' },
  PUBLIC_SECTOR: { zh: '机关事业单位', en: 'Public administration' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type Industry = EnumValue<typeof Industry>;

export const SchoolStage = defineEnum({
  NONE: { zh: '不在学', en: 'Not in school' },
  PRESCHOOL: { zh: '学前教育', en: 'Pre-school' },
  PRIMARY: { zh: '小学', en: 'Primary' },
  JUNIOR: { zh: '初中', en: 'Junior secondary' },
  SENIOR: { zh: '普通高中', en: 'Senior secondary' },
  VOCATIONAL: { zh: '中职/技工', en: 'Vocational secondary' },
  COLLEGE: { zh: '大专/高职', en: 'College / higher vocational' },
  UNDERGRADUATE: { zh: '本科', en: 'Undergraduate' },
  POSTGRADUATE: { zh: '研究生', en: 'Postgraduate' },
});
export type SchoolStage = EnumValue<typeof SchoolStage>;

/** 医保状况. */
export const MedicalInsurance = defineEnum({
  EMPLOYEE: { zh: '职工医保', en: 'Employee medical insurance' },
  RESIDENT: { zh: '城乡居民医保', en: 'Resident medical insurance' },
  NONE: { zh: '未参保', en: 'Not insured' },
  OTHER: { zh: '其他', en: 'Other' },
});
export type MedicalInsurance = EnumValue<typeof MedicalInsurance>;

/**
 * The identification states of brief §3.2. The transitions themselves belong to the
 * identification workflow; the registry only needs to know which states are still active.
 */
export const HouseholdStatus = defineEnum({
  DRAFT: { zh: '草稿', en: 'Draft' },
  SUBMITTED: { zh: '已申请', en: 'Submitted' },
  RETURNED: { zh: '已退回', en: 'Returned' },
  SURVEYING: { zh: '入户调查', en: 'Home survey' },
  ASSESSED: { zh: '已测算', en: 'Assessed' },
  DEMOCRATIC_REVIEW: { zh: '民主评议', en: 'Democratic review' },
  INCOME_CHECK: { zh: '经济状况核对', en: 'Income check' },
  PUBLIC_NOTICE: { zh: '公示', en: 'Public notice' },
  HIGHER_REVIEW: { zh: '上级审核', en: 'Higher review' },
  FILED: { zh: '已建档', en: 'Filed' },
  AIDED: { zh: '帮扶中', en: 'Receiving aid' },
  UNDER_REVIEW: { zh: '复核中', en: 'Under review' },
  EXITED_TUOKUN: { zh: '已脱困', en: 'Exited (out of hardship)' },
  EXITED_JIEKUN: { zh: '已解困', en: 'Exited (hardship relieved)' },
  CANCELLED: { zh: '已注销', en: 'Cancelled' },
  REJECTED: { zh: '不予建档', en: 'Rejected' },
});
export type HouseholdStatus = EnumValue<typeof HouseholdStatus>;

/** States in which a household holds its members' ID numbers against any other file. */
export const INACTIVE_STATUSES: readonly HouseholdStatus[] = [
  'EXITED_TUOKUN',
  'EXITED_JIEKUN',
  'CANCELLED',
  'REJECTED',
];
export function isActiveStatus(status: HouseholdStatus): boolean {
  return !INACTIVE_STATUSES.includes(status);
}
