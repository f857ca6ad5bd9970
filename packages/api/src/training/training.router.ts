import {
  CompleteEnrollmentSchema,
  CourseInputSchema,
  CourseListSchema,
  DropEnrollmentSchema,
  EDIT_TRAINING_ROLES,
  EnrollInputSchema,
  HouseholdTrainingSchema,
  READ_EMPLOYMENT_ROLES,
  READ_TRAINING_ROLES,
  SkillIndicatorSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { staffProcedure } from '../trpc';
import { completeEnrollment } from './complete-enrollment';
import { createCourse } from './create-course';
import { dropEnrollment } from './drop-enrollment';
import { enroll } from './enroll';
import { householdEnrollments } from './household-enrollments';
import { listCourses } from './list-courses';
import { loadCourse } from './load-course';
import { skillIndicator } from './skill-indicator';

/** Courses are programme information every staff member reads; enrolments are household data. */
const coursesRouter = {
  list: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(CourseListSchema)
    .query(({ ctx, input }) => listCourses({ ctx, input })),
  get: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => loadCourse(ctx.db, input)),
  create: staffProcedure(EDIT_TRAINING_ROLES)
    .input(CourseInputSchema)
    .mutation(({ ctx, input }) => createCourse({ ctx, input })),
} satisfies TRPCRouterRecord;

/** 技能培训 (1户1技能): courses, enrolment of household members, completion and the indicator. */
export const trainingRouter = {
  courses: coursesRouter,
  enroll: staffProcedure(EDIT_TRAINING_ROLES)
    .input(EnrollInputSchema)
    .mutation(({ ctx, input }) => enroll({ ctx, input })),
  complete: staffProcedure(EDIT_TRAINING_ROLES)
    .input(CompleteEnrollmentSchema)
    .mutation(({ ctx, input }) => completeEnrollment({ ctx, input })),
  drop: staffProcedure(EDIT_TRAINING_ROLES)
    .input(DropEnrollmentSchema)
    .mutation(({ ctx, input }) => dropEnrollment({ ctx, input })),
  forHousehold: staffProcedure(READ_TRAINING_ROLES)
    .input(HouseholdTrainingSchema)
    .query(({ ctx, input }) => householdEnrollments({ ctx, input })),
  skillIndicator: staffProcedure(READ_TRAINING_ROLES)
    .input(SkillIndicatorSchema)
    .query(({ ctx, input }) => skillIndicator({ ctx, input })),
} satisfies TRPCRouterRecord;
