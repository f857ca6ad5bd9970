import type { HouseholdCreateInput, HouseholdStatus } from '@bangfu/domain';
import { type Fixture, householdInput, type TestUser } from './fixture';

/**
 * Files a household under a grassroots union and sets its status directly (the identification
 * workflow is not what these tests are about). Returns its id and the ID numbers it was given.
 */
export async function seedHousehold(
  f: Fixture,
  opts: {
    org: '520302-G01' | '520502-G01';
    user: TestUser;
    status?: HouseholdStatus;
    overrides?: Partial<HouseholdCreateInput>;
  },
): Promise<{ id: string; idNumbers: string[] }> {
  const input = householdInput(f.orgId(opts.org), {
    divisionCode: opts.org.slice(0, 6),
    ...opts.overrides,
  });
  const { id } = await f.as(opts.user).households.create(input);
  if (opts.status) {
    await f.handle.db.updateTable('household').set({ status: opts.status }).where('id', '=', id).execute();
  }
  return { id, idNumbers: input.members.map((m) => m.idNumber ?? '').filter(Boolean) };
}
