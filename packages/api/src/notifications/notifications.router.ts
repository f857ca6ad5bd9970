import {
  ExpressInterestSchema,
  NOTIFICATION_RETRY_ROLES,
  NOTIFICATION_ROLES,
  NotificationListSchema,
  NotificationRetrySchema,
  PushMatchesSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { staffProcedure, workerProcedure } from '../trpc';
import { expressInterest } from './express-interest';
import { listNotifications, notificationStats } from './list-notifications';
import { myJobs } from './my-jobs';
import { pushMatches } from './push-matches';
import { retryNotification } from './retry-notification';

/** The notification outbox and 送岗到户: staff push matches; the worker reads them and says "interested". */
export const notificationsRouter = {
  pushMatches: staffProcedure(NOTIFICATION_ROLES)
    .input(PushMatchesSchema)
    .mutation(({ ctx, input }) => pushMatches({ ctx, input })),
  list: staffProcedure(NOTIFICATION_ROLES)
    .input(NotificationListSchema.optional())
    .query(({ ctx, input }) => listNotifications({ ctx, input: NotificationListSchema.parse(input ?? {}) })),
  stats: staffProcedure(NOTIFICATION_ROLES)
    .input(z.void())
    .query(({ ctx }) => notificationStats(ctx)),
  retry: staffProcedure(NOTIFICATION_RETRY_ROLES)
    .input(NotificationRetrySchema)
    .mutation(({ ctx, input }) => retryNotification({ ctx, input })),

  myJobs: workerProcedure.input(z.void()).query(({ ctx }) => myJobs(ctx)),
  expressInterest: workerProcedure
    .input(ExpressInterestSchema)
    .mutation(({ ctx, input }) => expressInterest({ ctx, input })),
} satisfies TRPCRouterRecord;
