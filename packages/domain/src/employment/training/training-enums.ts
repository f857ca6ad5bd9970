import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 培训报名状态: a member's place on a course. */
export const EnrollmentStatus = defineEnum({
  ENROLLED: { zh: '在训', en: 'Enrolled' },
  COMPLETED: { zh: '已结业', en: 'Completed' },
  DROPPED: { zh: '已退出', en: 'Dropped' },
});
export type EnrollmentStatus = EnumValue<typeof EnrollmentStatus>;

/** 技能等级: the vocational skill grade a graduate obtains (职业技能等级). */
export const SkillGrade = defineEnum({
  JUNIOR: { zh: '初级', en: 'Junior' },
  INTERMEDIATE: { zh: '中级', en: 'Intermediate' },
  SENIOR: { zh: '高级', en: 'Senior' },
  TECHNICIAN: { zh: '技师', en: 'Technician' },
  SENIOR_TECHNICIAN: { zh: '高级技师', en: 'Senior technician' },
});
export type SkillGrade = EnumValue<typeof SkillGrade>;
