import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { SkillGrade } from '../training/training-enums';
import { CompetitionLevel, InternshipOutcome, MentorshipStatus } from './support-enums';
import { optionalId, optionalText, refineDateOrder, requiredText, version } from './support-fields';

const member = { householdId: z.uuid(), memberId: z.uuid() };

/** 实习顶岗: a member trains on the job at a local employer, with a stipend in fen a month. */
export const InternshipInputSchema = z
  .object({
    ...member,
    employerId: z.uuid('请选择用人单位 / choose the employer'),
    positionId: optionalId,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullish().transform((v) => v ?? null),
    stipendFen: FenSchema,
    mentorName: optionalText(50),
  })
  .superRefine((i, ctx) => refineDateOrder(ctx, i.startDate, i.endDate, 'endDate'));
export type InternshipInput = z.input<typeof InternshipInputSchema>;

/** The end of an internship: hired, or ended without a hire; ONGOING only moves the end date. */
export const InternshipOutcomeSchema = z.object({
  id: z.uuid(),
  version,
  outcome: InternshipOutcome.schema,
  endDate: IsoDateSchema.nullish().transform((v) => v ?? null),
});
export type InternshipOutcomeInput = z.input<typeof InternshipOutcomeSchema>;

/** 技能比武: a competition a union holds in one trade. */
export const CompetitionInputSchema = z.object({
  orgId: z.uuid('请选择主办工会 / choose the organising union'),
  title: requiredText(100, '比武名称'),
  trade: requiredText(30, '比武工种'),
  level: CompetitionLevel.schema,
  heldOn: IsoDateSchema,
});
export type CompetitionInput = z.input<typeof CompetitionInputSchema>;

export const CompetitionEntryInputSchema = z.object({ competitionId: z.uuid(), ...member });
export type CompetitionEntryInput = z.input<typeof CompetitionEntryInputSchema>;

/** A competitor's result: the rank, and the grade the competition awarded if any (晋升技术等级). */
export const CompetitionResultSchema = z.object({
  entryId: z.uuid(),
  version,
  rank: z.number().int().min(1).max(10_000).nullable(),
  gradeAwarded: SkillGrade.schema.nullable(),
});
export type CompetitionResultInput = z.input<typeof CompetitionResultSchema>;

/** 师徒带徒: a master craftsman takes a member as apprentice toward a target grade. */
export const MentorshipInputSchema = z.object({
  ...member,
  mentorName: requiredText(50, '师傅姓名'),
  mentorUnit: requiredText(100, '师傅单位'),
  trade: requiredText(30, '工种'),
  startDate: IsoDateSchema,
  targetGrade: SkillGrade.schema,
});
export type MentorshipInput = z.input<typeof MentorshipInputSchema>;

/** 出师 (completed, with the grade reached) or 终止 (withdrawn, no grade). */
export const MentorshipCloseSchema = z
  .object({
    id: z.uuid(),
    version,
    status: MentorshipStatus.schema.exclude(['ACTIVE']),
    outcomeGrade: SkillGrade.schema.nullable(),
    endedOn: IsoDateSchema,
  })
  .superRefine((m, ctx) => {
    if (m.status === 'WITHDRAWN' && m.outcomeGrade !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcomeGrade'],
        message: '终止的师徒关系没有出师等级 / a withdrawn mentorship has no grade',
      });
    }
  });
export type MentorshipCloseInput = z.input<typeof MentorshipCloseSchema>;

export const HouseholdSupportSchema = z.object({ householdId: z.uuid() });
export const CompetitionListSchema = z.object({
  limit: z.number().int().min(1).max(100).default(50),
});
