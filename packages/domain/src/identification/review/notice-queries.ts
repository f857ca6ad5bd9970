import { z } from 'zod';
import { NoticeStatus } from './enums';

/** The notices of one household, each with its objections (case page). */
export const CaseNoticesSchema = z.object({ householdId: z.uuid() });
export type CaseNoticesInput = z.input<typeof CaseNoticesSchema>;

/** A union's notices (its whole subtree), open ones first; the actor's own union when left out. */
export const NoticeListSchema = z.object({
  orgId: z.uuid().optional(),
  status: NoticeStatus.schema.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type NoticeListInput = z.input<typeof NoticeListSchema>;
export type NoticeListQuery = z.output<typeof NoticeListSchema>;
