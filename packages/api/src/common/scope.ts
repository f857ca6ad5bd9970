import type { Database } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import type { StaffActor } from '../context';

/** LIKE pattern for "this path and everything under it". */
export function subtreePattern(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const notFound = (what: { zh: string; en: string }): DomainError => new DomainError('NOT_FOUND', what);

/**
 * Loads an org unit the actor may act for. Out of scope reads as "not found", so an ID from
 * another county reveals nothing, not even that it exists.
 */
export async function getOrgInScope(
  db: Kysely<Database>,
  actor: StaffActor,
  orgId: string,
): Promise<{ id: string; path: string; name: string }> {
  const org = await db
    .selectFrom('org_unit')
    .select(['id', 'path', 'name'])
    .where('id', '=', orgId)
    .where('path', 'like', subtreePattern(actor.orgPath))
    .executeTakeFirst();
  if (!org) throw notFound({ zh: '工会组织不存在', en: 'Union not found' });
  return org;
}
