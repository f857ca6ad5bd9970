import type { Database } from '@bangfu/db';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { unitNotFound } from './mutual-aid-errors';

type Executor = Kysely<Database> | Transaction<Database>;
export type UnitRow = Selectable<Database['ma_unit']>;

export interface UnitDto {
  id: string;
  name: string;
  orgId: string;
  employerId: string | null;
  divisionCode: string;
  staffCount: number;
  version: number;
  createdAt: string;
}

export function toUnitDto(row: UnitRow): UnitDto {
  return {
    id: row.id,
    name: row.name,
    orgId: row.org_id,
    employerId: row.employer_id,
    divisionCode: row.division_code,
    staffCount: row.staff_count,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Loads a unit inside the actor's subtree; one outside it reads as not found. */
export async function getUnitInScope(
  db: Executor,
  input: { id: string; orgPath: string; forUpdate?: boolean },
): Promise<UnitRow> {
  let q = db
    .selectFrom('ma_unit')
    .selectAll()
    .where('id', '=', input.id)
    .where('org_path', 'like', subtreePattern(input.orgPath));
  if (input.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw unitNotFound();
  return row;
}
