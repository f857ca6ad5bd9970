import { type Database, getHousehold, getMember } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';
import type { StaffActor } from '../context';
import { householdNotFound, memberNotFound } from './training-errors';

type Executor = Kysely<Database> | Transaction<Database>;

/** A household the actor may see; one outside their subtree is "not found". */
export async function householdInScope(db: Executor, actor: StaffActor, householdId: string) {
  const h = await getHousehold(db, { id: householdId, scopePath: actor.orgPath });
  if (!h) throw householdNotFound();
  return h;
}

/** A member of a household the actor may see, with the member's name. */
export async function memberInScope(
  db: Executor,
  actor: StaffActor,
  input: { householdId: string; memberId: string },
): Promise<{ householdId: string; memberId: string; name: string }> {
  const h = await householdInScope(db, actor, input.householdId);
  const m = await getMember(db, { householdId: h.id, memberId: input.memberId });
  if (!m) throw memberNotFound();
  return { householdId: h.id, memberId: m.id, name: m.name };
}
