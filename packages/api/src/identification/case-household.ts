import type { Database } from '@bangfu/db';
import { type HouseholdStatus, type IdentificationEvent, nextStatus } from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';
import { householdNotFound, householdVersionConflict } from './identification-errors';
import { stepOutOfOrder } from './transition';

type Executor = Kysely<Database> | Transaction<Database>;

export interface CaseHousehold {
  id: string;
  status: HouseholdStatus;
  version: number;
  orgId: string;
  orgPath: string;
  orgCode: string;
  category: string;
  standardVersion: string;
  createdBy: string | null;
}

/** The household a case step works on; out of the actor's subtree reads as not found. */
export async function getCaseHousehold(
  db: Executor,
  actor: StaffActor,
  input: { householdId: string; forUpdate?: boolean },
): Promise<CaseHousehold> {
  let q = db
    .selectFrom('household as h')
    .innerJoin('org_unit as o', 'o.id', 'h.org_id')
    .select([
      'h.id',
      'h.status',
      'h.version',
      'h.org_id',
      'h.org_path',
      'o.code as org_code',
      'h.category',
      'h.standard_version',
      'h.created_by',
    ])
    .where('h.id', '=', input.householdId)
    .where('h.org_path', 'like', subtreePattern(actor.orgPath));
  if (input.forUpdate) q = q.forUpdate('h');
  const h = await q.executeTakeFirst();
  if (!h) throw householdNotFound();
  return {
    id: h.id,
    status: h.status as HouseholdStatus,
    version: h.version,
    orgId: h.org_id,
    orgPath: h.org_path,
    orgCode: h.org_code,
    category: h.category,
    standardVersion: h.standard_version,
    createdBy: h.created_by,
  };
}

/**
 * Locks the household for a workflow step and checks, before anything is written, that the
 * caller read the current version and that `event` may happen now.
 */
export async function lockHouseholdForStep(
  trx: Transaction<Database>,
  actor: StaffActor,
  input: { householdId: string; expectedVersion: number; event: IdentificationEvent },
): Promise<CaseHousehold> {
  const h = await getCaseHousehold(trx, actor, { householdId: input.householdId, forUpdate: true });
  if (h.version !== input.expectedVersion) throw householdVersionConflict();
  if (!nextStatus(h.status, input.event)) throw stepOutOfOrder(h.status, input.event);
  return h;
}
