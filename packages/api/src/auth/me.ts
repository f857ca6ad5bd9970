import type { Database } from '@bangfu/db';
import { DomainError, type OrgKind, type Role } from '@bangfu/domain';
import type { Kysely } from 'kysely';

export interface MeDto {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  org: { id: string; code: string; name: string; nameEn: string; kind: OrgKind; path: string };
}

export async function getMe(db: Kysely<Database>, userId: string): Promise<MeDto> {
  const row = await db
    .selectFrom('staff_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.roles',
      'o.id as org_id',
      'o.code',
      'o.name',
      'o.name_en',
      'o.kind',
      'o.path',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', { zh: '用户不存在', en: 'User not found' });
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles as Role[],
    org: {
      id: row.org_id,
      code: row.code,
      name: row.name,
      nameEn: row.name_en,
      kind: row.kind as OrgKind,
      path: row.path,
    },
  };
}
