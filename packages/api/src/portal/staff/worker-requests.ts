import { type Database, withTransaction } from '@bangfu/db';
import { DomainError, type WorkerRequestKind, type WorkerRequestStatus } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/append-audit';
import { getOrgInScope, notFound, subtreePattern } from '../../common/scope';
import type { Context, StaffActor } from '../../context';

export interface WorkerRequestDto {
  id: string;
  householdId: string;
  fileNo: string | null;
  headName: string;
  kind: WorkerRequestKind;
  text: string;
  status: WorkerRequestStatus;
  createdAt: string;
  handledAt: string | null;
  handling: string | null;
  version: number;
}

/** Requests raised in the portal by households of an org (and its subtree), newest first. */
export async function listWorkerRequests(
  db: Kysely<Database>,
  actor: StaffActor,
  input: { orgId: string; status?: WorkerRequestStatus | undefined },
): Promise<WorkerRequestDto[]> {
  const org = await getOrgInScope(db, actor, input.orgId);
  let q = db
    .selectFrom('worker_request as r')
    .innerJoin('household as h', 'h.id', 'r.household_id')
    .select([
      'r.id',
      'r.household_id',
      'h.file_no',
      'h.head_name',
      'r.kind',
      'r.text',
      'r.status',
      'r.created_at',
      'r.handled_at',
      'r.handling',
      'r.version',
    ])
    .where('r.org_path', 'like', subtreePattern(org.path));
  if (input.status) q = q.where('r.status', '=', input.status);
  const rows = await q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    householdId: r.household_id,
    fileNo: r.file_no,
    headName: r.head_name,
    kind: r.kind as WorkerRequestKind,
    text: r.text,
    status: r.status as WorkerRequestStatus,
    createdAt: r.created_at,
    handledAt: r.handled_at,
    handling: r.handling,
    version: r.version,
  }));
}

/** Records how staff handled a request; the worker sees the answer in the portal. */
export async function handleWorkerRequest({
  ctx,
  input,
}: {
  ctx: Context & { actor: StaffActor };
  input: { requestId: string; expectedVersion: number; handling: string };
}): Promise<{ id: string; version: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('worker_request')
      .select(['id', 'status', 'version', 'household_id'])
      .where('id', '=', input.requestId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound({ zh: '职工诉求不存在', en: 'Request not found' });
    if (row.version !== input.expectedVersion) {
      throw new DomainError('VERSION_CONFLICT', {
        zh: '该诉求已被他人处理,请刷新后重试',
        en: 'Someone else handled this request; reload and try again',
      });
    }
    if (row.status === 'HANDLED') {
      throw new DomainError('CONFLICT', { zh: '该诉求已处理', en: 'This request is already handled' });
    }
    const now = ctx.now();
    const updated = await trx
      .updateTable('worker_request')
      .set((eb) => ({
        status: 'HANDLED',
        handled_by: ctx.actor.userId,
        handled_at: now,
        handling: input.handling,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'portal.handle_request',
      entityType: 'household',
      entityId: row.household_id,
      before: { requestId: row.id, status: row.status },
      after: { requestId: row.id, status: 'HANDLED' },
    });
    return { id: row.id, version: updated.version };
  });
}
