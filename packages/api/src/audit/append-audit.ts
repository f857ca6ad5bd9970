import { type Database, newId } from '@bangfu/db';
import { sql, type Transaction } from 'kysely';
import type { Context } from '../context';
import { auditHash, GENESIS_HASH } from './audit-hash';

// One lock key for the chain: appends are serialised so each event links to the one before.
const AUDIT_CHAIN_LOCK = 7_426_001;

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  purpose?: string | null;
}

/**
 * Appends one hash-chained audit event inside the caller's transaction, so the event exists
 * exactly when the change it records does.
 */
/** A worker acting in the portal: recorded as the actor of their own actions (role 'worker'). */
export interface AuditWorker {
  readonly memberId: string;
  readonly orgId?: string | null;
}

export async function appendAudit(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'actor' | 'ip' | 'now'> & { readonly auditWorker?: AuditWorker | null },
  input: AuditInput,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_event')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const at = ctx.now().toISOString();
  const fields = {
    id: newId(),
    at,
    actor_id: ctx.actor?.userId ?? ctx.auditWorker?.memberId ?? null,
    actor_role: ctx.actor ? ctx.actor.roles.join(',') : ctx.auditWorker ? 'worker' : null,
    actor_org_id: ctx.actor?.orgId ?? ctx.auditWorker?.orgId ?? null,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId,
    before: input.before ?? null,
    after: input.after ?? null,
    purpose: input.purpose ?? null,
    ip: ctx.ip,
  };
  const prev_hash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_event')
    .values({
      ...fields,
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      prev_hash,
      hash: auditHash(prev_hash, fields),
    })
    .execute();
}
