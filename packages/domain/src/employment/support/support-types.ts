import type { z } from 'zod';
import type {
  CompetitionEntryInputSchema,
  CompetitionInputSchema,
  CompetitionListSchema,
  CompetitionResultSchema,
  InternshipInputSchema,
  InternshipOutcomeSchema,
  MentorshipCloseSchema,
  MentorshipInputSchema,
} from './development-schema';
import type {
  AffectedWorkerInputSchema,
  EnterpriseInputSchema,
  EnterpriseListSchema,
  EnterpriseUpdateSchema,
} from './enterprise-schema';
import type {
  StartupActivityInputSchema,
  StartupCaseInputSchema,
  StartupCaseUpdateSchema,
  StartupListSchema,
  StartupLoanSchema,
} from './startup-schema';

/** What the server works with once a request has been parsed. */
export type InternshipCreate = z.output<typeof InternshipInputSchema>;
export type InternshipOutcomeUpdate = z.output<typeof InternshipOutcomeSchema>;
export type CompetitionCreate = z.output<typeof CompetitionInputSchema>;
export type CompetitionListQuery = z.output<typeof CompetitionListSchema>;
export type CompetitionEntryCreate = z.output<typeof CompetitionEntryInputSchema>;
export type CompetitionResult = z.output<typeof CompetitionResultSchema>;
export type MentorshipCreate = z.output<typeof MentorshipInputSchema>;
export type MentorshipClose = z.output<typeof MentorshipCloseSchema>;
export type StartupCaseCreate = z.output<typeof StartupCaseInputSchema>;
export type StartupCaseUpdate = z.output<typeof StartupCaseUpdateSchema>;
export type StartupActivityCreate = z.output<typeof StartupActivityInputSchema>;
export type StartupLoan = z.output<typeof StartupLoanSchema>;
export type StartupListQuery = z.output<typeof StartupListSchema>;
export type EnterpriseCreate = z.output<typeof EnterpriseInputSchema>;
export type EnterpriseUpdate = z.output<typeof EnterpriseUpdateSchema>;
export type EnterpriseListQuery = z.output<typeof EnterpriseListSchema>;
export type AffectedWorkerCreate = z.output<typeof AffectedWorkerInputSchema>;
