import { retentionRouter } from '../retention/retention.router';
import { createCallerFactory, router } from '../trpc';
import { type Fixture, householdInput, makeIdNumber, type TestUser } from './fixture';

// Until the lead mounts `retention` in root.ts, tests call it through a router of its own.
const createRetentionCaller = createCallerFactory(router({ retention: retentionRouter }));

export function retentionAs(f: Fixture, user: TestUser) {
  return createRetentionCaller(f.context(user)).retention;
}

/**
 * A household of two made through the API, then put in `status` since `since` (test setup
 * only: walking a file through every identification step to an exit ten years ago would test
 * the workflow, not retention).
 */
export async function closedHousehold(
  f: Fixture,
  n: number,
  status: string,
  since: string,
): Promise<{ id: string; idNumbers: string[]; bankAccount: string }> {
  const input = householdInput(f.orgId('520302'));
  const bankAccount = `62220202001${String(100000 + n)}`;
  const members = input.members.map((m, i) => ({
    ...m,
    idNumber: makeIdNumber('520302', `19${60 + n}0${i + 1}1${i}`, i === 0 ? 'male' : 'female'),
  }));
  const created = await f.as('zunyiCw').households.create({
    ...input,
    members,
    bankAccount: { ...input.bankAccount!, accountNumber: bankAccount },
  });
  await f.handle.db
    .updateTable('household')
    .set({ status, status_since: since })
    .where('id', '=', created.id)
    .execute();
  if (status !== 'FILED') {
    await f.handle.db.deleteFrom('active_id_number').where('household_id', '=', created.id).execute();
  }
  return { id: created.id, idNumbers: members.map((m) => m.idNumber), bankAccount };
}
