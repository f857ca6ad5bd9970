import type { Lang } from '@bangfu/client';
import type { ScopeOrg } from '../api/types';

export interface OrgNode {
  value: string;
  title: string;
  children: OrgNode[];
}

/**
 * Builds the org tree from the flat scope list (ordered by materialised path, so parents come
 * first); an org whose parent is outside the scope is a root.
 */
export function buildOrgTree(orgs: readonly ScopeOrg[], lang: Lang): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const o of orgs)
    nodes.set(o.id, { value: o.id, title: lang === 'en' ? o.nameEn : o.name, children: [] });
  const roots: OrgNode[] = [];
  for (const o of [...orgs].sort((a, b) => a.path.localeCompare(b.path))) {
    const node = nodes.get(o.id)!;
    const parent = o.parentId ? nodes.get(o.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
