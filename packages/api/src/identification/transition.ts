import { type Database, newId } from '@bangfu/db';
import {
  allowedEvents,
  DomainError,
  type HouseholdStatus,
  IdentificationEvent,
  isActiveStatus,
  nextStatus,
} from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { notFound, subtreePattern } from '../common/scope';
import type { Context } from '../context';

export interface TransitionInput {
  readonly householdId: string;
  readonly event: IdentificationEvent;
  /** The version the caller read; a stale one is refused with VERSION_CONFLICT. */
  readonly expectedVersion?: number;
  readonly note?: string | null;
  /** What the step decided on (explanation, votes, dates…); stored on the timeline. */
  readonly payload?: unknown;
  /** STAFF (default; needs ctx.actor), WORKER (portal) or SYSTEM (a job, e.g. a notice ending). */
  readonly actorKind?: 'STAFF' | 'WORKER' | 'SYSTEM';
}

export interface TransitionResult {
  readonly from: HouseholdStatus;
  readonly to: HouseholdStatus;
  readonly stepId: string;
  readonly seq: number;
  /** The household's version after the step. */
  readonly version: number;
}

export const stepOutOfOrder = (from: HouseholdStatus, event: IdentificationEvent): DomainError =>
  new DomainError(
    'STEP_OUT_OF_ORDER',
    {
      zh: `当前环节(${from})不能执行"${IdentificationEvent.label(event, 'zh')}"`,
      en: `"${IdentificationEvent.label(event, 'en')}" is not allowed while the file is ${from}`,
    },
    { from, event, allowed: allowedEvents(from) },
  );

/**
 * The one way a household's identification status changes: inside the caller's transaction,
 * under a row lock, only along brief §3.2, with a timeline step and an audit event. A refused
 * step throws before anything is written, so the caller's transaction rolls back whole.
 * Staff callers are held to their org subtree (out of scope reads as not found).
 */
export async function transitionHousehold(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'actor' | 'ip' | 'now'>,
  input: TransitionInput,
): Promise<TransitionResult> {
  const kind = input.actorKind ?? 'STAFF';
  let q = trx
    .selectFrom('household')
    .select(['id', 'status', 'version', 'org_id'])
    .where('id', '=', input.householdId)
    .forUpdate();
  if (kind === 'STAFF') {
    if (!ctx.actor) throw new DomainError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' });
    q = q.where('org_path', 'like', subtreePattern(ctx.actor.orgPath));
  }
  const row = await q.executeTakeFirst();
  if (!row) throw notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
  if (input.expectedVersion !== undefined && row.version !== input.expectedVersion) {
    throw new DomainError('VERSION_CONFLICT', {
      zh: '该档案已被他人处理,请刷新后重试',
      en: 'Someone else moved this file on; reload and try again',
    });
  }
  const from = row.status as HouseholdStatus;
  const to = nextStatus(from, input.event);
  if (!to) throw stepOutOfOrder(from, input.event);

  const now = ctx.now();
  const updated = await trx
    .updateTable('household')
    .set((eb) => ({
      status: to,
      status_since: now,
      version: eb('version', '+', 1),
      updated_at: now,
      updated_by: kind === 'STAFF' ? (ctx.actor?.userId ?? null) : null,
    }))
    .where('id', '=', row.id)
    .returning('version')
    .executeTakeFirstOrThrow();
  // An ended file no longer holds its members' ID numbers against a new application (返困).
  if (isActiveStatus(from) && !isActiveStatus(to)) {
    await trx.deleteFrom('active_id_number').where('household_id', '=', row.id).execute();
  }
  const last = await trx
    .selectFrom('ident_step')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('household_id', '=', row.id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const stepId = newId(now.getTime());
  await trx
    .insertInto('ident_step')
    .values({
      id: stepId,
      household_id: row.id,
      seq,
      event: input.event,
      from_status: from,
      to_status: to,
      actor_id: kind === 'STAFF' ? (ctx.actor?.userId ?? null) : null,
      actor_kind: kind,
      org_id: kind === 'STAFF' ? (ctx.actor?.orgId ?? null) : null,
      at: now,
      note: input.note ?? null,
      payload: input.payload === undefined ? null : JSON.stringify(input.payload),
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: `identification.${input.event}`,
    entityType: 'household',
    entityId: row.id,
    before: { status: from },
    after: { status: to, seq },
  });
  return { from, to, stepId, seq, version: updated.version };
}
