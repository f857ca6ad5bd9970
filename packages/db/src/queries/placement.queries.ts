import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database, PlacementTable } from '../schema';

type Executor = Kysely<Database> | Transaction<Database>;

const likeSubtree = (path: string): string => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function placementQuery(db: Executor) {
  return db
    .selectFrom('placement as pl')
    .innerJoin('household_member as m', 'm.id', 'pl.member_id')
    .innerJoin('household as h', 'h.id', 'pl.household_id')
    .selectAll('pl')
    .select(['m.name as member_name', 'h.head_name']);
}

export type PlacementRow = Awaited<ReturnType<typeof getPlacement>> & {};

/** One placement whose household lies under `scopePath`; `forUpdate` locks it. */
export function getPlacement(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = placementQuery(db)
    .where('pl.id', '=', input.id)
    .where('h.org_path', 'like', likeSubtree(input.scopePath));
  if (input.forUpdate) q = q.forUpdate('pl');
  return q.executeTakeFirst();
}

export function listHouseholdPlacements(db: Executor, input: { householdId: string }) {
  return placementQuery(db)
    .where('pl.household_id', '=', input.householdId)
    .orderBy('pl.start_date', 'desc')
    .orderBy('pl.id', 'desc')
    .execute();
}

/** Unchecked placements under `scopePath` due on or before `dueBy`, soonest due first. */
export function listDuePlacements(db: Executor, q: { scopePath: string; dueBy: string; limit: number }) {
  return placementQuery(db)
    .where('h.org_path', 'like', likeSubtree(q.scopePath))
    .where('pl.retention_checked_on', 'is', null)
    .where('pl.retention_due', '<=', q.dueBy)
    .orderBy('pl.retention_due')
    .orderBy('pl.id')
    .limit(q.limit)
    .execute();
}

export function insertPlacement(trx: Transaction<Database>, row: Insertable<PlacementTable>) {
  return trx.insertInto('placement').values(row).execute();
}

/** Writes a placement if it still has `version`; returns how many rows changed (0 or 1). */
export async function updatePlacement(
  trx: Transaction<Database>,
  input: { id: string; version: number; set: Updateable<PlacementTable> },
): Promise<number> {
  const r = await trx
    .updateTable('placement')
    .set({ ...input.set, version: input.version + 1 })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
