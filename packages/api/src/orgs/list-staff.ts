import { Role } from '@bangfu/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import { subtreePattern } from '../common/scope';
import type { Context, StaffActor } from '../context';

export const ListStaffSchema = z.object({
  /** Only staff holding this role (e.g. caseworker, to pick surveyors). */
  role: Role.schema.optional(),
  /** Narrow to one union's subtree inside the caller's scope. */
  orgId: z.uuid().optional(),
});

export interface StaffDto {
  id: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: Role[];
}

/**
 * Active staff in the caller's subtree, for pickers (surveyors, the responsible cadre). Names
 * and unions only: usernames and contact data stay out of it.
 */
export async function listStaff({
  ctx,
  input,
}: {
  ctx: Context & { actor: StaffActor };
  input: z.infer<typeof ListStaffSchema>;
}): Promise<StaffDto[]> {
  let q = ctx.db
    .selectFrom('staff_user as s')
    .innerJoin('org_unit as o', 'o.id', 's.org_id')
    .select(['s.id', 's.display_name', 's.roles', 'o.id as org_id', 'o.name as org_name', 'o.path'])
    .where('s.active', '=', true)
    .where('o.path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('o.path')
    .orderBy('s.display_name')
    .limit(500);
  const role = input.role;
  if (role) q = q.where(sql<boolean>`${role} = any(s.roles)`);
  if (input.orgId) {
    const org = await ctx.db
      .selectFrom('org_unit')
      .select('path')
      .where('id', '=', input.orgId)
      .executeTakeFirst();
    if (!org) return [];
    q = q.where('o.path', 'like', subtreePattern(org.path));
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    orgId: r.org_id,
    orgName: r.org_name,
    roles: r.roles as Role[],
  }));
}
