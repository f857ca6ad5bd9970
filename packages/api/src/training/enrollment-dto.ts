import type { EnrollmentRow } from '@bangfu/db';
import type { EnrollmentStatus, SkillGrade } from '@bangfu/domain';

export interface EnrollmentDto {
  id: string;
  courseId: string;
  courseTitle: string;
  skill: string;
  householdId: string;
  memberId: string;
  memberName: string;
  status: EnrollmentStatus;
  attendanceDays: number;
  grade: SkillGrade | null;
  completedOn: string | null;
  version: number;
}

export function toEnrollmentDto(r: EnrollmentRow): EnrollmentDto {
  return {
    id: r.id,
    courseId: r.course_id,
    courseTitle: r.course_title,
    skill: r.course_skill,
    householdId: r.household_id,
    memberId: r.member_id,
    memberName: r.member_name,
    status: r.status as EnrollmentStatus,
    attendanceDays: r.attendance_days,
    grade: r.skill_grade as SkillGrade | null,
    completedOn: r.completed_on,
    version: r.version,
  };
}

/** What the audit log keeps of an enrollment: no names. */
export function enrollmentSnapshot(e: {
  status: string;
  attendanceDays: number;
  grade: string | null;
  completedOn: string | null;
}) {
  return { status: e.status, attendanceDays: e.attendanceDays, grade: e.grade, completedOn: e.completedOn };
}
