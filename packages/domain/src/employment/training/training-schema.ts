import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { PositionCategory } from '../enums';
import { SkillGrade } from './training-enums';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

const version = z.number().int().min(1);

/** 技能培训班: a course a union runs with a training partner; its graduates gain `skill`. */
export const CourseInputSchema = z
  .object({
    orgId: z.uuid('请选择主办工会 / choose the organising union'),
    title: text(100, '培训班名称'),
    category: PositionCategory.schema,
    /** The skill a graduate gains, e.g. '家政服务'; matching reads it. */
    skill: text(30, '培训技能'),
    partner: text(100, '培训机构'),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    capacity: z.number().int().min(1, '名额至少1人 / at least one place').max(1_000),
    certificate: z
      .string()
      .trim()
      .max(100)
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((c, ctx) => {
    if (c.endDate < c.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: '结束日期不能早于开始日期 / end date is before the start date',
      });
    }
  });
export type CourseInput = z.input<typeof CourseInputSchema>;

export const CourseListSchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type CourseListInput = z.input<typeof CourseListSchema>;

/** 报名: a member of a household joins a course. */
export const EnrollInputSchema = z.object({ courseId: z.uuid(), householdId: z.uuid(), memberId: z.uuid() });
export type EnrollInput = z.input<typeof EnrollInputSchema>;

/** 结业: the course is completed, with the grade obtained if one was assessed. */
export const CompleteEnrollmentSchema = z.object({
  enrollmentId: z.uuid(),
  version,
  grade: SkillGrade.schema.nullable(),
  completedOn: IsoDateSchema,
  attendanceDays: z.number().int().min(0).max(366).optional(),
});
export type CompleteEnrollmentInput = z.input<typeof CompleteEnrollmentSchema>;

export const DropEnrollmentSchema = z.object({ enrollmentId: z.uuid(), version });
export type DropEnrollmentInput = z.input<typeof DropEnrollmentSchema>;

/** 就业安置: a worker hired through the union, with the employer and the monthly wage in fen. */
export const PlacementInputSchema = z.object({
  householdId: z.uuid(),
  memberId: z.uuid(),
  employerId: z.uuid('请选择用人单位 / choose the employer'),
  positionId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  startDate: IsoDateSchema,
  monthlyWageFen: FenSchema,
});
export type PlacementInput = z.input<typeof PlacementInputSchema>;

/** 稳岗回访: whether the worker is still employed, checked on a date. */
export const RetentionCheckSchema = z.object({
  id: z.uuid(),
  version,
  retained: z.boolean(),
  checkedOn: IsoDateSchema,
});
export type RetentionCheckInput = z.input<typeof RetentionCheckSchema>;

export const HouseholdTrainingSchema = z.object({ householdId: z.uuid() });
export const DueChecksSchema = z.object({ limit: z.number().int().min(1).max(200).default(50) });
export const SkillIndicatorSchema = z.object({ orgId: z.uuid().optional() });
