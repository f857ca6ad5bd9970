import { type Database, newId, withTransaction } from '@bangfu/db';
import { type Label, WorkerRequestKind, WorkerRequestStatus } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../../audit/append-audit';
import { workerAuditContext } from '../auth/worker-audit';
import type { WorkerContext } from './worker-context';

export interface MyRequestDto {
  id: string;
  kind: WorkerRequestKind;
  kindLabel: Label;
  text: string;
  status: WorkerRequestStatus;
  statusLabel: Label;
  createdAt: string;
  handledAt: string | null;
  handling: string | null;
}

/** The household's own objections, appeals, change reports and phone changes, newest first. */
export async function myRequests(ctx: WorkerContext): Promise<MyRequestDto[]> {
  const rows = await ctx.db
    .selectFrom('worker_request')
    .select(['id', 'kind', 'text', 'status', 'created_at', 'handled_at', 'handling'])
    .where('household_id', '=', ctx.worker.householdId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => {
    const kind = r.kind as WorkerRequestKind;
    const status = r.status as WorkerRequestStatus;
    return {
      id: r.id,
      kind,
      kindLabel: WorkerRequestKind.labels[kind],
      text: r.text,
      status,
      statusLabel: WorkerRequestStatus.labels[status],
      createdAt: r.created_at,
      handledAt: r.handled_at,
      handling: r.handling,
    };
  });
}

/** Records a request for the household's union; the org path is the household's, not the input's. */
export async function raiseRequest({
  ctx,
  input,
}: {
  ctx: WorkerContext;
  input: { kind: WorkerRequestKind; text: string };
}): Promise<{ id: string }> {
  return withTransaction(ctx.db, async (trx) => insertRequest(trx, ctx, input));
}

export async function insertRequest(
  trx: Transaction<Database>,
  ctx: WorkerContext,
  input: { kind: WorkerRequestKind; text: string },
): Promise<{ id: string }> {
  const h = await trx
    .selectFrom('household')
    .select(['org_path'])
    .where('id', '=', ctx.worker.householdId)
    .executeTakeFirstOrThrow();
  const now = ctx.now();
  const id = newId(now.getTime());
  await trx
    .insertInto('worker_request')
    .values({
      id,
      household_id: ctx.worker.householdId,
      org_path: h.org_path,
      kind: input.kind,
      text: input.text,
      created_at: now,
      handled_by: null,
      handling: null,
    })
    .execute();
  await appendAudit(trx, workerAuditContext(ctx, ctx.worker), {
    action: 'portal.raise_request',
    entityType: 'household',
    entityId: ctx.worker.householdId,
    after: { requestId: id, kind: input.kind },
  });
  return { id };
}
