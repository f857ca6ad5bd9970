import type { EmployerInput, PositionInput } from '@bangfu/domain';
import { employerInput, type Fixture, positionInput, type TestUser } from './fixture';

/** Files an employer under 红花岗区中华路社区工会 (or as overridden) and returns its id. */
export async function postEmployer(
  f: Fixture,
  overrides: Partial<EmployerInput> = {},
  user: TestUser = 'employmentOfficer',
): Promise<string> {
  const { id } = await f
    .as(user)
    .employment.employers.create(employerInput(f.orgId('520302-G01'), overrides));
  return id;
}

/** Posts a position of an employer and returns its id. */
export async function postPosition(
  f: Fixture,
  employerId: string,
  overrides: Partial<PositionInput> = {},
  user: TestUser = 'employmentOfficer',
): Promise<string> {
  const { id } = await f.as(user).employment.positions.create(positionInput(employerId, overrides));
  return id;
}

/** Counts rows of the employment tables and the audit log, to show a refused write changed nothing. */
export async function employmentCounts(f: Fixture): Promise<Record<string, number>> {
  const tables = ['employer', 'position', 'job_fair', 'fair_booth', 'fair_position', 'audit_event'] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await f.handle.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}
