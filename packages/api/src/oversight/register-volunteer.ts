import { withTransaction } from '@bangfu/db';
import type { RegisterVolunteer } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { SavedRecord } from '../employment/employment-errors';
import { fieldError } from '../employment/employment-errors';
import type { StaffContext } from './oversight-context';
import { userNotFound } from './oversight-errors';

/**
 * 登记志愿者: a volunteer account in scope gets a profile naming their association and their own
 * unit; registering again updates it (and reactivates it).
 */
export async function registerVolunteer({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RegisterVolunteer;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const user = await trx
      .selectFrom('staff_user as u')
      .innerJoin('org_unit as o', 'o.id', 'u.org_id')
      .select(['u.id', 'u.roles', 'o.path'])
      .where('u.id', '=', input.userId)
      .where('o.path', 'like', subtreePattern(ctx.actor.orgPath))
      .executeTakeFirst();
    if (!user) throw userNotFound();
    if (!user.roles.includes('volunteer')) {
      throw fieldError('userId', '该用户不是志愿者账号', 'This account does not have the volunteer role');
    }
    const home = await getOrgInScope(trx, ctx.actor, input.homeOrgId);
    const saved = await trx
      .insertInto('volunteer_profile')
      .values({
        user_id: user.id,
        org_path: user.path,
        association: input.association,
        home_org_id: home.id,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet((eb) => ({
          association: input.association,
          home_org_id: home.id,
          active: true,
          updated_at: now,
          version: eb('volunteer_profile.version', '+', 1),
        })),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'volunteer.register',
      entityType: 'staff_user',
      entityId: user.id,
      after: { association: input.association, homeOrgId: home.id },
    });
    return { id: user.id, version: saved.version };
  });
}
