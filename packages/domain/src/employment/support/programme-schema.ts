import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { PositionCategory } from '../enums';
import { requiredText } from './support-fields';

/** Filters of the course list page. */
export const CourseCatalogueSchema = z.object({
  orgId: z.uuid().optional(),
  category: PositionCategory.schema.optional(),
  search: z.string().trim().max(50).optional(),
  /** Courses still running on or after this date. */
  from: IsoDateSchema.optional(),
  /** Courses started on or before this date. */
  to: IsoDateSchema.optional(),
  limit: z.number().int().min(1).max(200).default(100),
});
export type CourseCatalogueInput = z.input<typeof CourseCatalogueSchema>;
export type CourseCatalogueQuery = z.output<typeof CourseCatalogueSchema>;

/** 培训场次: one session of a course and how many attended (人次). */
export const TrainingSessionInputSchema = z.object({
  courseId: z.uuid(),
  heldOn: IsoDateSchema,
  topic: requiredText(100, '培训内容'),
  attendance: z.number().int().min(0).max(100_000),
});
export type TrainingSessionInput = z.input<typeof TrainingSessionInputSchema>;
export type TrainingSessionCreate = z.output<typeof TrainingSessionInputSchema>;

/** The year's re-employment figures for a union's subtree (article: 六盘水 2016). */
export const ProgrammeStatsSchema = z.object({
  orgId: z.uuid().optional(),
  year: z.number().int().min(2000).max(2100),
});
export type ProgrammeStatsQuery = z.output<typeof ProgrammeStatsSchema>;

export const CourseIdSchema = z.object({ courseId: z.uuid() });
