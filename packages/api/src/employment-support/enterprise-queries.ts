import { sql } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { Executor } from './support-executor';

/**
 * An enterprise is read by its union's subtree and by the unions below the one it is filed under
 * (a county sees the prefecture's 水钢); it is changed only within the subtree.
 */
function enterpriseQuery(db: Executor, scopePath: string, forWrite = false) {
  return db
    .selectFrom('struggling_enterprise as e')
    .innerJoin('org_unit as o', 'o.id', 'e.org_id')
    .selectAll('e')
    .select('o.name as org_name')
    .where((eb) =>
      forWrite
        ? eb('e.org_path', 'like', subtreePattern(scopePath))
        : eb.or([
            eb('e.org_path', 'like', subtreePattern(scopePath)),
            sql<boolean>`starts_with(${scopePath}::text, e.org_path)`,
          ]),
    );
}

export type EnterpriseRow = Awaited<ReturnType<typeof getEnterprise>> & {};

/** One enterprise the reader sees; `forUpdate` locks it and needs it inside the actor's subtree. */
export function getEnterprise(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = enterpriseQuery(db, input.scopePath, input.forUpdate).where('e.id', '=', input.id);
  if (input.forUpdate) q = q.forUpdate('e');
  return q.executeTakeFirst();
}

export function listEnterprises(
  db: Executor,
  input: { scopePath: string; status?: string | undefined; limit: number },
) {
  let q = enterpriseQuery(db, input.scopePath);
  if (input.status) q = q.where('e.status', '=', input.status);
  return q.orderBy('e.workers_affected', 'desc').orderBy('e.id').limit(input.limit).execute();
}

/** The statuses of the households linked to each enterprise (all of them: only counts leave here). */
export async function listLinkedStatuses(
  db: Executor,
  input: { enterpriseIds: readonly string[] },
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (input.enterpriseIds.length === 0) return out;
  const rows = await db
    .selectFrom('enterprise_affected_worker as w')
    .innerJoin('household as h', 'h.id', 'w.household_id')
    .select(['w.enterprise_id', 'h.status'])
    .where('w.enterprise_id', 'in', [...input.enterpriseIds])
    .execute();
  for (const r of rows) out.set(r.enterprise_id, [...(out.get(r.enterprise_id) ?? []), r.status]);
  return out;
}

/** The linked households the reader may see, with their file numbers and head names. */
export function listLinkedHouseholds(db: Executor, input: { enterpriseId: string; scopePath: string }) {
  return db
    .selectFrom('enterprise_affected_worker as w')
    .innerJoin('household as h', 'h.id', 'w.household_id')
    .select(['w.id', 'w.household_id', 'w.note', 'h.file_no', 'h.head_name', 'h.status', 'h.division_code'])
    .where('w.enterprise_id', '=', input.enterpriseId)
    .where('h.org_path', 'like', subtreePattern(input.scopePath))
    .orderBy('w.created_at')
    .orderBy('w.id')
    .execute();
}
