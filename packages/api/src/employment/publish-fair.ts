import { updateFair, withTransaction } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { fairVersionConflict, type SavedRecord, type StaffContext } from './employment-errors';
import { lockFairInScope } from './load-fair';

/** 发布招聘会: a prepared fair with at least one booth goes public; the kiosk can show it from now on. */
export async function publishFair({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { id: string; version: number };
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const fair = await lockFairInScope(trx, { id: input.id, scopePath: ctx.actor.orgPath });
    if (fair.version !== input.version) throw fairVersionConflict();
    if (fair.status !== 'DRAFT') {
      throw new DomainError('CONFLICT', {
        zh: fair.status === 'PUBLISHED' ? '招聘会已发布' : '招聘会已取消,不能发布',
        en:
          fair.status === 'PUBLISHED'
            ? 'The job fair is already published'
            : 'A cancelled fair cannot be published',
      });
    }
    if (Number(fair.booth_count ?? 0) === 0) {
      throw new DomainError('VALIDATION', {
        zh: '请先安排至少一个展位再发布',
        en: 'Add at least one booth before publishing',
      });
    }
    const changed = await updateFair(trx, {
      id: fair.id,
      version: input.version,
      set: { status: 'PUBLISHED', published_at: now, updated_at: now },
    });
    if (changed !== 1) throw fairVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'fair.publish',
      entityType: 'job_fair',
      entityId: fair.id,
      before: { status: fair.status },
      after: { status: 'PUBLISHED', publishedAt: now.toISOString() },
    });
    return { id: fair.id, version: input.version + 1 };
  });
}
