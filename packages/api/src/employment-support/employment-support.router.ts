import {
  AffectedWorkerInputSchema,
  CompetitionEntryInputSchema,
  CompetitionInputSchema,
  CompetitionListSchema,
  CompetitionResultSchema,
  CourseCatalogueSchema,
  CourseIdSchema,
  EDIT_SUPPORT_ROLES,
  EnterpriseIdSchema,
  EnterpriseInputSchema,
  EnterpriseListSchema,
  EnterpriseUpdateSchema,
  HouseholdSupportSchema,
  InternshipInputSchema,
  InternshipOutcomeSchema,
  MANAGE_SUPPORT_ROLES,
  MentorshipCloseSchema,
  MentorshipInputSchema,
  ProgrammeStatsSchema,
  READ_EMPLOYMENT_ROLES,
  READ_SUPPORT_ROLES,
  StartupActivityInputSchema,
  StartupCaseIdSchema,
  StartupCaseInputSchema,
  StartupCaseUpdateSchema,
  StartupListSchema,
  StartupLoanSchema,
  TrainingSessionInputSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { staffProcedure } from '../trpc';
import { closeMentorship } from './close-mentorship';
import { listCompetitionsFor, loadCompetition } from './competitions';
import { courseCatalogue } from './courses';
import { createCompetition } from './create-competition';
import { createEnterprise } from './create-enterprise';
import { createInternship } from './create-internship';
import { createMentorship } from './create-mentorship';
import { createStartupCase } from './create-startup-case';
import { enterCompetition } from './enter-competition';
import { listEnterprisesFor, loadEnterprise } from './enterprises';
import { exitSupport } from './exit-support';
import { householdSupport } from './household-support';
import { linkAffectedWorker } from './link-affected-worker';
import { programmeStats } from './programme-stats';
import { recordCompetitionResult } from './record-competition-result';
import { recordInternshipOutcome } from './record-internship-outcome';
import { listStartupCasesFor, loadStartupCase } from './startup-cases';
import { addStartupActivity, recordStartupLoan, updateStartupCase } from './startup-changes';
import { listTrainingSessions, recordTrainingSession } from './training-sessions';
import { updateEnterprise } from './update-enterprise';

const edit = staffProcedure(EDIT_SUPPORT_ROLES);
const read = staffProcedure(READ_SUPPORT_ROLES);
const manage = staffProcedure(MANAGE_SUPPORT_ROLES);

/** Courses with sessions and attendance (培训场次), and the year's programme figures. */
const trainingRouter = {
  courses: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(CourseCatalogueSchema)
    .query(({ ctx, input }) => courseCatalogue({ ctx, input })),
  sessions: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(CourseIdSchema)
    .query(({ ctx, input }) => listTrainingSessions(ctx.db, input)),
  recordSession: edit
    .input(TrainingSessionInputSchema)
    .mutation(({ ctx, input }) => recordTrainingSession({ ctx, input })),
  stats: read.input(ProgrammeStatsSchema).query(({ ctx, input }) => programmeStats({ ctx, input })),
} satisfies TRPCRouterRecord;

/** 实习顶岗. */
const internshipsRouter = {
  create: edit.input(InternshipInputSchema).mutation(({ ctx, input }) => createInternship({ ctx, input })),
  recordOutcome: edit
    .input(InternshipOutcomeSchema)
    .mutation(({ ctx, input }) => recordInternshipOutcome({ ctx, input })),
} satisfies TRPCRouterRecord;

/** 技能比武: events are held by unions; entries and results are household data. */
const competitionsRouter = {
  list: read.input(CompetitionListSchema).query(({ ctx, input }) => listCompetitionsFor({ ctx, input })),
  get: read.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => loadCompetition({ ctx, input })),
  create: manage
    .input(CompetitionInputSchema)
    .mutation(({ ctx, input }) => createCompetition({ ctx, input })),
  enter: edit
    .input(CompetitionEntryInputSchema)
    .mutation(({ ctx, input }) => enterCompetition({ ctx, input })),
  recordResult: edit
    .input(CompetitionResultSchema)
    .mutation(({ ctx, input }) => recordCompetitionResult({ ctx, input })),
} satisfies TRPCRouterRecord;

/** 师徒带徒. */
const mentorshipsRouter = {
  create: edit.input(MentorshipInputSchema).mutation(({ ctx, input }) => createMentorship({ ctx, input })),
  close: edit.input(MentorshipCloseSchema).mutation(({ ctx, input }) => closeMentorship({ ctx, input })),
} satisfies TRPCRouterRecord;

/** 创业扶持 cases with their activities and guaranteed loan (惠工贷). */
const startupsRouter = {
  list: read.input(StartupListSchema).query(({ ctx, input }) => listStartupCasesFor({ ctx, input })),
  get: read.input(StartupCaseIdSchema).query(({ ctx, input }) => loadStartupCase({ ctx, input })),
  create: edit.input(StartupCaseInputSchema).mutation(({ ctx, input }) => createStartupCase({ ctx, input })),
  update: edit.input(StartupCaseUpdateSchema).mutation(({ ctx, input }) => updateStartupCase(ctx, input)),
  addActivity: edit
    .input(StartupActivityInputSchema)
    .mutation(({ ctx, input }) => addStartupActivity(ctx, input)),
  recordLoan: edit.input(StartupLoanSchema).mutation(({ ctx, input }) => recordStartupLoan(ctx, input)),
} satisfies TRPCRouterRecord;

/** 困难企业 with the hardship risk of their affected workers. */
const enterprisesRouter = {
  list: read.input(EnterpriseListSchema).query(({ ctx, input }) => listEnterprisesFor({ ctx, input })),
  get: read.input(EnterpriseIdSchema).query(({ ctx, input }) => loadEnterprise({ ctx, input })),
  create: manage.input(EnterpriseInputSchema).mutation(({ ctx, input }) => createEnterprise({ ctx, input })),
  update: manage.input(EnterpriseUpdateSchema).mutation(({ ctx, input }) => updateEnterprise({ ctx, input })),
  linkWorker: edit
    .input(AffectedWorkerInputSchema)
    .mutation(({ ctx, input }) => linkAffectedWorker({ ctx, input })),
} satisfies TRPCRouterRecord;

/** Training extras, start-ups, struggling enterprises and placements feeding the exit rule. */
export const employmentSupportRouter = {
  training: trainingRouter,
  internships: internshipsRouter,
  competitions: competitionsRouter,
  mentorships: mentorshipsRouter,
  startups: startupsRouter,
  enterprises: enterprisesRouter,
  forHousehold: read
    .input(HouseholdSupportSchema)
    .query(({ ctx, input }) => householdSupport({ ctx, input })),
  exitSupport: read.input(HouseholdSupportSchema).query(({ ctx, input }) => exitSupport({ ctx, input })),
} satisfies TRPCRouterRecord;
