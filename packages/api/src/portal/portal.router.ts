import {
  CardHistorySchema,
  HandleWorkerRequestSchema,
  IssueCardSchema,
  PortalActivateSchema,
  PortalRaiseRequestSchema,
  PortalSetPinSchema,
  PortalSignInSchema,
  PortalSignPlanSchema,
  PortalUpdatePhoneSchema,
  type Role,
  WorkerRequestListSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { activatingWorkerProcedure, publicProcedure, staffProcedure, workerProcedure } from '../trpc';
import { activateWorker } from './auth/activate';
import { setWorkerPin } from './auth/set-pin';
import { signInWorker } from './auth/worker-sign-in';
import { signOutWorker } from './auth/worker-sign-out';
import { cardHistory } from './staff/card-history';
import { issueCard } from './staff/issue-card';
import { handleWorkerRequest, listWorkerRequests } from './staff/worker-requests';
import { myCase } from './worker/my-case';
import { myPayments } from './worker/my-payments';
import { myPlans } from './worker/my-plan';
import { myPrivacy } from './worker/my-privacy';
import { myRequests, raiseRequest } from './worker/my-requests';
import { workerSession } from './worker/session-info';
import { signMyPlan } from './worker/sign-my-plan';
import { updateMyPhone } from './worker/update-phone';

const CARD_ROLES: readonly Role[] = ['admin', 'caseworker'];

/**
 * The worker self-service portal. Staff procedures issue cards and answer requests; worker
 * procedures read only ctx.worker.householdId; sign-in is public and throttled.
 */
export const portalRouter = {
  issueCard: staffProcedure(CARD_ROLES)
    .input(IssueCardSchema)
    .mutation(({ ctx, input }) => issueCard({ ctx, input })),
  cardHistory: staffProcedure(CARD_ROLES)
    .input(CardHistorySchema)
    .query(({ ctx, input }) => cardHistory(ctx.db, ctx.actor, input.householdId)),
  requests: staffProcedure(CARD_ROLES)
    .input(WorkerRequestListSchema)
    .query(({ ctx, input }) => listWorkerRequests(ctx.db, ctx.actor, input)),
  handleRequest: staffProcedure(CARD_ROLES)
    .input(HandleWorkerRequestSchema)
    .mutation(({ ctx, input }) => handleWorkerRequest({ ctx, input })),

  activate: publicProcedure
    .input(PortalActivateSchema)
    .mutation(({ ctx, input }) => activateWorker({ ctx, input })),
  setPin: activatingWorkerProcedure
    .input(PortalSetPinSchema)
    .mutation(({ ctx, input }) => setWorkerPin({ ctx, input })),
  signIn: publicProcedure
    .input(PortalSignInSchema)
    .mutation(({ ctx, input }) => signInWorker({ ctx, input })),
  signOut: publicProcedure.mutation(({ ctx }) => signOutWorker({ ctx })),
  session: publicProcedure.query(({ ctx }) => workerSession(ctx)),

  myCase: workerProcedure.query(({ ctx }) => myCase(ctx)),
  myPlan: workerProcedure.query(({ ctx }) => myPlans(ctx)),
  signPlan: workerProcedure
    .input(PortalSignPlanSchema)
    .mutation(({ ctx, input }) => signMyPlan({ ctx, input })),
  myPayments: workerProcedure.query(({ ctx }) => myPayments(ctx)),
  myRequests: workerProcedure.query(({ ctx }) => myRequests(ctx)),
  raiseRequest: workerProcedure
    .input(PortalRaiseRequestSchema)
    .mutation(({ ctx, input }) => raiseRequest({ ctx, input })),
  updatePhone: workerProcedure
    .input(PortalUpdatePhoneSchema)
    .mutation(({ ctx, input }) => updateMyPhone({ ctx, input })),
  myPrivacy: workerProcedure.query(({ ctx }) => myPrivacy(ctx)),
} satisfies TRPCRouterRecord;
