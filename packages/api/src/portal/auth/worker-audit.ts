import type { Role } from '@bangfu/domain';
import type { Context, StaffActor, WorkerActor } from '../../context';

/**
 * The audit log records the worker as the actor of their own portal actions: the member's id as
 * actor id and the role 'worker'. appendAudit reads a staff-shaped actor, so this builds one for
 * the log only; it is never used to authorise anything.
 */
export function workerAuditContext(
  ctx: Pick<Context, 'ip' | 'now'>,
  worker: Pick<WorkerActor, 'memberId'> & { orgId?: string | null },
): Pick<Context, 'actor' | 'ip' | 'now'> {
  const actor: StaffActor = {
    userId: worker.memberId,
    username: '',
    displayName: '',
    roles: ['worker' as Role],
    orgId: worker.orgId ?? (null as unknown as string),
    orgPath: '',
  };
  return { ip: ctx.ip, now: ctx.now, actor };
}
