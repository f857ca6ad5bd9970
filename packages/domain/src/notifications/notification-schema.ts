import { z } from 'zod';
import type { Role } from '../org/org';
import { NotificationStatus } from './enums';

/** 送岗到户 pushes and the outbox's lists: the staff who work with a household on employment. */
export const NOTIFICATION_ROLES: readonly Role[] = ['admin', 'caseworker', 'employment_officer'];
/** Putting a given-up message back in the queue is an operator's decision. */
export const NOTIFICATION_RETRY_ROLES: readonly Role[] = ['admin'];

export const PushMatchesSchema = z.object({
  householdId: z.uuid(),
  limit: z.number().int().min(1).max(20).default(5),
});
export type PushMatchesInput = z.input<typeof PushMatchesSchema>;
export type PushMatches = z.output<typeof PushMatchesSchema>;

export const NotificationListSchema = z.object({
  householdId: z.uuid().optional(),
  status: NotificationStatus.schema.optional(),
  /** The id of the last row of the previous page (newest first). */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type NotificationListInput = z.input<typeof NotificationListSchema>;
export type NotificationList = z.output<typeof NotificationListSchema>;

export const NotificationRetrySchema = z.object({
  id: z.uuid(),
  /** The version the operator read: a message changed since reads as VERSION_CONFLICT. */
  version: z.number().int().min(1),
});
export type NotificationRetry = z.output<typeof NotificationRetrySchema>;

export const ExpressInterestSchema = z.object({ positionId: z.uuid() });
export type ExpressInterest = z.output<typeof ExpressInterestSchema>;
