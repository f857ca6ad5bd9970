import { getOrgInScope } from '../common/scope';
import type { StaffActor } from '../context';
import type { Db } from './assessment-context';

export interface AssessedUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

export interface UnitTree {
  parent: { id: string; name: string; path: string };
  units: AssessedUnit[];
}

/**
 * The union whose subordinates are assessed (the caller's own unless another in scope is asked
 * for) and its DIRECT subordinate units, in code order.
 */
export async function loadUnitTree(db: Db, actor: StaffActor, orgId?: string): Promise<UnitTree> {
  const parent = await getOrgInScope(db, actor, orgId ?? actor.orgId);
  const units = await db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('parent_id', '=', parent.id)
    .orderBy('code')
    .execute();
  return { parent, units };
}

/**
 * Adds a figure kept at `orgPath` (a leaf cell anywhere in the parent's subtree) to the direct
 * subordinate it falls under; figures kept at the parent itself belong to no subordinate.
 */
export function bySubordinate(
  parentPath: string,
  rows: readonly { org_path: string; n: number | string | bigint | null }[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) {
    if (!row.org_path.startsWith(parentPath) || row.org_path === parentPath) continue;
    const segment = row.org_path.slice(parentPath.length).split('/')[0];
    const childPath = `${parentPath}${segment}/`;
    out.set(childPath, (out.get(childPath) ?? 0) + Number(row.n ?? 0));
  }
  return out;
}
