import type { OrgKind } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { Context, StaffActor } from '../context';

export interface OrgUnitDto {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: OrgKind;
  parentId: string | null;
  path: string;
  divisionCode: string | null;
}

/** The actor's own org unit and everything under it, parents before children. */
export async function listScope({ ctx }: { ctx: Context & { actor: StaffActor } }): Promise<OrgUnitDto[]> {
  const rows = await ctx.db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name', 'name_en', 'kind', 'parent_id', 'path', 'division_code'])
    .where('path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('path')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    kind: r.kind as OrgKind,
    parentId: r.parent_id,
    path: r.path,
    divisionCode: r.division_code,
  }));
}
