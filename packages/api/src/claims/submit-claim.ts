import { type Database, withTransaction } from '@bangfu/db';
import { type ClaimSubmit, DomainError } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { lockIdempotencyKey } from '../aid/request-hash';
import { businessDate } from '../common/business-date';
import type { Context, WorkerActor } from '../context';
import { workerAuditContext } from '../portal/auth/worker-audit';
import { lockClaimEnrolment } from './claim-enrolment';
import type { StaffContext } from './claims-errors';
import { type FiledClaim, fileClaim } from './file-claim';

const futureSubmission = () =>
  new DomainError(
    'VALIDATION',
    { zh: '申请日期不能晚于今天', en: 'The submission date cannot be in the future' },
    { fieldErrors: { 'claim.submittedOn': ['申请日期不能晚于今天 / cannot be in the future'] } },
  );

// Concurrent calls with one key queue here; the second then finds the first one's claim.
const lockKey = (trx: Transaction<Database>, key: string) => lockIdempotencyKey(trx, 'ma_claim', key);

/** 工会经办提交理赔: for a member of a unit in the actor's subtree; adjudicated at once. */
export async function submitClaim({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: ClaimSubmit;
}): Promise<FiledClaim> {
  // A paper claim may have reached the union earlier (the claim window counts from then), never later.
  if (input.claim.submittedOn > businessDate(ctx.now())) throw futureSubmission();
  return withTransaction(ctx.db, async (trx) => {
    await lockKey(trx, input.idempotencyKey);
    const enrolment = await lockClaimEnrolment(trx, {
      enrolmentId: input.enrolmentId,
      scope: { orgPath: ctx.actor.orgPath },
    });
    return fileClaim(trx, ctx, {
      enrolment,
      claim: input.claim,
      idempotencyKey: input.idempotencyKey,
      submitter: { kind: 'STAFF', id: ctx.actor.userId },
    });
  });
}

/**
 * 职工在门户提交理赔: only against an enrolment of a member linked to the worker's own household;
 * any other reads as not found. The portal receives it today, so that is its submission date.
 */
export async function submitMyClaim({
  ctx,
  input,
}: {
  ctx: Context & { worker: WorkerActor };
  input: ClaimSubmit;
}): Promise<FiledClaim> {
  const today = businessDate(ctx.now());
  if (input.claim.submittedOn > today) throw futureSubmission();
  return withTransaction(ctx.db, async (trx) => {
    await lockKey(trx, input.idempotencyKey);
    const enrolment = await lockClaimEnrolment(trx, {
      enrolmentId: input.enrolmentId,
      scope: { householdId: ctx.worker.householdId },
    });
    return fileClaim(trx, workerAuditContext(ctx, ctx.worker), {
      enrolment,
      claim: { ...input.claim, submittedOn: today },
      sent: input.claim,
      idempotencyKey: input.idempotencyKey,
      submitter: { kind: 'WORKER', id: ctx.worker.memberId },
    });
  });
}
