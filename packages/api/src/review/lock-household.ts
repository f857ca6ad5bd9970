import type { Database } from '@bangfu/db';
import type { HouseholdStatus, IdentificationEvent } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { stepOutOfOrder } from '../identification/transition';
import { householdNotFound, householdVersionConflict } from './review-errors';

export interface LockedHousehold {
  id: string;
  status: HouseholdStatus;
  version: number;
  org_id: string;
  org_path: string;
  division_code: string;
  employer_name: string | null;
  created_by: string | null;
  head_name: string;
  category: string;
  status_since: string | null;
}

/**
 * Locks a household in the actor's subtree for a step: out of scope is "not found", a stale
 * version is a conflict, and a file not at the step's state is refused before anything is written.
 */
export async function lockHouseholdForStep(
  trx: Transaction<Database>,
  input: {
    id: string;
    scopePath: string;
    expectedVersion: number;
    event: IdentificationEvent;
    at: HouseholdStatus;
  },
): Promise<LockedHousehold> {
  const row = await trx
    .selectFrom('household')
    .select([
      'id',
      'status',
      'version',
      'org_id',
      'org_path',
      'division_code',
      'employer_name',
      'created_by',
      'head_name',
      'category',
      'status_since',
    ])
    .where('id', '=', input.id)
    .where('org_path', 'like', subtreePattern(input.scopePath))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw householdNotFound();
  if (row.version !== input.expectedVersion) throw householdVersionConflict();
  const status = row.status as HouseholdStatus;
  if (status !== input.at) throw stepOutOfOrder(status, input.event);
  return { ...row, status };
}
