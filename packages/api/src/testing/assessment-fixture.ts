import { newId } from '@bangfu/db';
import type { HouseholdStatus } from '@bangfu/domain';
import { sql } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';
import type { Fixture, TestUser } from './fixture';
import { addOrg, addVolunteerUser, asActor, fileHousehold, step } from './oversight-fixture';

/** Units below 红花岗区 besides 中华路社区工会, made for the ranking examples. */
export async function addCountyUnits(f: Fixture, codes: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const code of codes) ids.push(await addOrg(f, code, '520302'));
  return ids;
}

/** Files a household under any union of 红花岗区 through the real steps; returns its id and members. */
export async function fileUnder(f: Fixture, orgId: string): Promise<{ id: string; memberIds: string[] }> {
  const id = await fileHousehold(f, { overrides: { orgId } });
  const members = await f.handle.db
    .selectFrom('household_member')
    .select('id')
    .where('household_id', '=', id)
    .orderBy('seq')
    .execute();
  return { id, memberIds: members.map((m) => m.id) };
}

/** 解困/脱困: a review then the exit, as the workflow records them (the exit is on the fixture clock). */
export async function exitFile(
  f: Fixture,
  householdId: string,
  event: 'EXIT_TUOKUN' | 'EXIT_JIEKUN',
): Promise<void> {
  await step(f, householdId, 'START_REVIEW');
  await step(f, householdId, event);
}

/**
 * A volunteer whose own unit is `homeOrgId` (so never verifying it), who is assigned every
 * on-file household of `orgId` and records each visit.
 */
export async function verifyAllUnder(
  f: Fixture,
  orgId: string,
  username: string,
  home: string,
): Promise<string[]> {
  const volunteer: StaffActor = await addVolunteerUser(f, username, '520302');
  await f
    .as('zunyiCw')
    .oversight.registerVolunteer({ userId: volunteer.userId, association: '志愿者协会', homeOrgId: home });
  const { assigned } = await f
    .as('zunyiCw')
    .oversight.assignVerifications({ orgId, count: 500, seed: username });
  for (const a of assigned) {
    const visit = await f.handle.db
      .selectFrom('verification_visit')
      .select('id')
      .where('household_id', '=', a.householdId)
      .where('status', '=', 'ASSIGNED')
      .executeTakeFirstOrThrow();
    await asActor(f, volunteer).oversight.recordVerification({
      visitId: visit.id,
      findings: '情况属实',
      outcome: 'CONFIRMED',
    });
  }
  return assigned.map((a) => a.householdId);
}

const ON_FILE: HouseholdStatus[] = ['FILED', 'AIDED', 'UNDER_REVIEW'];

/** The year's figures of a unit counted straight from the raw tables, to check the summary path. */
export async function directCounts(f: Fixture, unitPath: string, year: number) {
  const db = f.handle.db;
  const pattern = subtreePattern(unitPath);
  const n = (row: { n: unknown }) => Number(row.n);
  const inYear = (col: string) => sql<boolean>`extract(year from ${sql.ref(col)}) = ${year}`;
  const exits = await db
    .selectFrom('ident_step as s')
    .innerJoin('household as h', 'h.id', 's.household_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('s.event', 'in', ['EXIT_TUOKUN', 'EXIT_JIEKUN'])
    .where('h.org_path', 'like', pattern)
    .where(sql<boolean>`extract(year from (s.at at time zone 'Asia/Shanghai')) = ${year}`)
    .executeTakeFirstOrThrow();
  const trained = await db
    .selectFrom('training_enrollment as e')
    .innerJoin('household as h', 'h.id', 'e.household_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('e.status', '=', 'COMPLETED')
    .where('h.org_path', 'like', pattern)
    .where(inYear('e.completed_on'))
    .executeTakeFirstOrThrow();
  const placed = await db
    .selectFrom('placement as p')
    .innerJoin('household as h', 'h.id', 'p.household_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('h.org_path', 'like', pattern)
    .where(inYear('p.start_date'))
    .executeTakeFirstOrThrow();
  const onFile = await db
    .selectFrom('household')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('org_path', 'like', pattern)
    .where('status', 'in', ON_FILE)
    .executeTakeFirstOrThrow();
  const verified = await db
    .selectFrom('household as h')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('h.org_path', 'like', pattern)
    .where('h.status', 'in', ON_FILE)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('verification_visit as v')
          .select('v.id')
          .whereRef('v.household_id', '=', 'h.id')
          .where('v.status', '=', 'DONE')
          .where(sql<boolean>`extract(year from (v.completed_at at time zone 'Asia/Shanghai')) = ${year}`),
      ),
    )
    .executeTakeFirstOrThrow();
  return {
    EXITS: n(exits),
    TRAININGS: n(trained),
    PLACEMENTS: n(placed),
    onFile: n(onFile),
    verified: n(verified),
  };
}

/** Every target row and the audit count, to show a refused request changed nothing. */
export async function targetState(f: Fixture) {
  const rows = await f.handle.db
    .selectFrom('assessment_target')
    .select(['org_id', 'year', 'metric', 'target_value', 'note', 'version'])
    .orderBy('org_id')
    .orderBy('metric')
    .execute();
  const audit = await f.handle.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, audit: Number(audit.n) };
}

/** The overview of `user`'s direct subordinates, indexed by unit id. */
export async function overviewAs(f: Fixture, user: TestUser, year: number, orgId?: string) {
  const o = await f.as(user).assessment.overview({ year, orgId });
  return { ...o, unit: (id: string) => o.units.find((u) => u.orgId === id)! };
}

/** A caseworker account at `orgCode` (the fixture has none at prefecture level); call with asActor. */
export async function addCaseworkerAt(f: Fixture, username: string, orgCode: string): Promise<StaffActor> {
  const org = await f.handle.db
    .selectFrom('org_unit')
    .select(['id', 'path'])
    .where('code', '=', orgCode)
    .executeTakeFirstOrThrow();
  const id = newId();
  await f.handle.db
    .insertInto('staff_user')
    .values({
      id,
      username,
      display_name: username,
      password_hash: '!',
      org_id: org.id,
      roles: ['caseworker'],
      locked_until: null,
    })
    .execute();
  return {
    userId: id,
    username,
    displayName: username,
    roles: ['caseworker'],
    orgId: org.id,
    orgPath: org.path,
  };
}
