import {
  CaseNoticesSchema,
  CLOSE_NOTICES_ROLES,
  DECIDE_ROLES,
  DECLARE_ROLES,
  DecideSchema,
  DeclareSchema,
  DemocraticReviewSchema,
  HandleObjectionSchema,
  IncomeCheckSchema,
  NOTICE_READ_ROLES,
  NOTICE_ROLES,
  NoticeDocumentSchema,
  NoticeListSchema,
  NoticeSheetSchema,
  OpenNoticeSchema,
  PRINT_NOTICE_ROLES,
  RECORD_REVIEW_ROLES,
  REVIEW_INBOX_ROLES,
  RecordObjectionSchema,
  WithdrawDeclarationSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { caseNotices } from './case-notices';
import { closeDueNotices } from './close-due-notices';
import { decide } from './decide';
import { declare, myDeclarations, withdrawDeclaration } from './declarations';
import { reviewInbox } from './inbox';
import { listNotices } from './list-notices';
import { handleObjection, recordObjection } from './objections';
import { openNotice } from './open-notice';
import { noticeDocument, noticeSheet } from './print-notices';
import { recordDemocraticReview } from './record-democratic-review';
import { recordIncomeCheck } from './record-income-check';

/** 民主评议、经济状况核对、公示与上级复核 (brief §3.1 steps 4–8). */
export const reviewRouter = {
  declare: staffProcedure(DECLARE_ROLES)
    .input(DeclareSchema)
    .mutation(({ ctx, input }) => declare({ ctx, input })),
  withdrawDeclaration: staffProcedure(DECLARE_ROLES)
    .input(WithdrawDeclarationSchema)
    .mutation(({ ctx, input }) => withdrawDeclaration({ ctx, input })),
  myDeclarations: staffProcedure(DECLARE_ROLES).query(({ ctx }) => myDeclarations({ ctx })),
  recordDemocraticReview: staffProcedure(RECORD_REVIEW_ROLES)
    .input(DemocraticReviewSchema)
    .mutation(({ ctx, input }) => recordDemocraticReview({ ctx, input })),
  recordIncomeCheck: staffProcedure(RECORD_REVIEW_ROLES)
    .input(IncomeCheckSchema)
    .mutation(({ ctx, input }) => recordIncomeCheck({ ctx, input })),
  openNotice: staffProcedure(NOTICE_ROLES)
    .input(OpenNoticeSchema)
    .mutation(({ ctx, input }) => openNotice({ ctx, input })),
  recordObjection: staffProcedure(NOTICE_ROLES)
    .input(RecordObjectionSchema)
    .mutation(({ ctx, input }) => recordObjection({ ctx, input })),
  handleObjection: staffProcedure(RECORD_REVIEW_ROLES)
    .input(HandleObjectionSchema)
    .mutation(({ ctx, input }) => handleObjection({ ctx, input })),
  closeDueNotices: staffProcedure(CLOSE_NOTICES_ROLES).mutation(({ ctx }) =>
    closeDueNotices(ctx.db, ctx, { actor: ctx.actor, ip: ctx.ip }),
  ),
  noticeDocument: staffProcedure(PRINT_NOTICE_ROLES)
    .input(NoticeDocumentSchema)
    .query(({ ctx, input }) => noticeDocument({ ctx, input })),
  noticeSheet: staffProcedure(PRINT_NOTICE_ROLES)
    .input(NoticeSheetSchema)
    .query(({ ctx, input }) => noticeSheet({ ctx, input })),
  decide: staffProcedure(DECIDE_ROLES)
    .input(DecideSchema)
    .mutation(({ ctx, input }) => decide({ ctx, input })),
  inbox: staffProcedure(REVIEW_INBOX_ROLES).query(({ ctx }) => reviewInbox({ ctx })),
  caseNotices: staffProcedure(NOTICE_READ_ROLES)
    .input(CaseNoticesSchema)
    .query(({ ctx, input }) => caseNotices({ ctx, input })),
  notices: staffProcedure(NOTICE_READ_ROLES)
    .input(NoticeListSchema)
    .query(({ ctx, input }) => listNotices({ ctx, input })),
} satisfies TRPCRouterRecord;

export { closeDueNotices } from './close-due-notices';
