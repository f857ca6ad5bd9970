import type { Database } from '@bangfu/db';
import type { StatsOrgRef, StatsScope, StatsScopeInput } from '@bangfu/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StatsContext = Context & { actor: StaffActor };

export interface ResolvedScope {
  scope: StatsScope;
  /** LIKE pattern for the shown org's subtree. */
  pattern: string;
  /** SQL: the code of the child unit a row's org_path falls under ('' for the shown org itself). */
  childCode: (column?: string) => RawBuilder<string>;
  /** The child org of a code from `childCode` (null for 本级). */
  childOf: (code: string) => StatsOrgRef | null;
}

const ORG_COLUMNS = ['id', 'code', 'name', 'name_en', 'kind', 'path'] as const;
type OrgRow = { id: string; code: string; name: string; name_en: string; kind: string; path: string };
const toRef = (r: OrgRow): StatsOrgRef => ({
  id: r.id,
  code: r.code,
  name: r.name,
  nameEn: r.name_en,
  kind: r.kind,
  path: r.path,
});

/** The paths from the actor's org down to `path`: '/a/', '/a/b/', … */
function pathsDownTo(actorPath: string, path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  const paths: string[] = [];
  for (let i = 1; i <= codes.length; i++) {
    const p = `/${codes.slice(0, i).join('/')}/`;
    if (p.length >= actorPath.length) paths.push(p);
  }
  return paths;
}

/**
 * The org a dashboard shows: the viewer's own by default, or one inside their subtree (anything
 * else reads as not found), with the drill-down trail and the next level.
 */
export async function resolveStatsScope(
  db: Kysely<Database>,
  actor: StaffActor,
  input: StatsScopeInput,
): Promise<ResolvedScope> {
  const target = await getOrgInScope(db, actor, input.orgId ?? actor.orgId);
  const [trail, children] = await Promise.all([
    db
      .selectFrom('org_unit')
      .select(ORG_COLUMNS)
      .where('path', 'in', pathsDownTo(actor.orgPath, target.path))
      .orderBy(sql`length(path)`)
      .execute(),
    db
      .selectFrom('org_unit')
      .select(ORG_COLUMNS)
      .where('parent_id', '=', target.id)
      .orderBy('code')
      .execute(),
  ]);
  const org = trail.find((r) => r.id === target.id);
  if (!org) throw new Error('org trail lost its own org');
  const byCode = new Map(children.map((c) => [c.code, toRef(c)]));
  const offset = target.path.length + 1;
  return {
    scope: {
      org: toRef(org),
      breadcrumbs: trail.map(toRef),
      children: children.map(toRef),
      year: input.year ?? null,
    },
    pattern: subtreePattern(target.path),
    childCode: (column = 'org_path') =>
      sql<string>`split_part(substr(${sql.ref(column)}, ${offset}), '/', 1)`,
    childOf: (code) => byCode.get(code) ?? null,
  };
}
