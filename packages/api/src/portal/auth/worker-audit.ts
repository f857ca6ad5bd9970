import type { AuditWorker } from '../../audit/append-audit';
import type { Context, WorkerActor } from '../../context';

/**
 * The audit context of a worker's own portal action: no staff actor; the member is recorded as
 * the actor with the role 'worker'. It authorises nothing.
 */
export function workerAuditContext(
  ctx: Pick<Context, 'ip' | 'now'>,
  worker: Pick<WorkerActor, 'memberId'> & { orgId?: string | null },
): Pick<Context, 'actor' | 'ip' | 'now'> & { auditWorker: AuditWorker } {
  return {
    ip: ctx.ip,
    now: ctx.now,
    actor: null,
    auditWorker: { memberId: worker.memberId, orgId: worker.orgId ?? null },
  };
}
