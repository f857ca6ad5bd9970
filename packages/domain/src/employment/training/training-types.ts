import type { z } from 'zod';
import type {
  CompleteEnrollmentSchema,
  CourseInputSchema,
  CourseListSchema,
  DropEnrollmentSchema,
  EnrollInputSchema,
  PlacementInputSchema,
  RetentionCheckSchema,
} from './training-schema';

/** What the server works with once a request has been parsed. */
export type CourseCreate = z.output<typeof CourseInputSchema>;
export type CourseListQuery = z.output<typeof CourseListSchema>;
export type Enroll = z.output<typeof EnrollInputSchema>;
export type CompleteEnrollment = z.output<typeof CompleteEnrollmentSchema>;
export type DropEnrollment = z.output<typeof DropEnrollmentSchema>;
export type PlacementCreate = z.output<typeof PlacementInputSchema>;
export type RetentionCheck = z.output<typeof RetentionCheckSchema>;
