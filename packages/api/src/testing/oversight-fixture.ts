import { newId, withTransaction } from '@bangfu/db';
import type { HouseholdCreateInput, IdentificationEvent } from '@bangfu/domain';
import { recordPayment } from '../aid/record-payment';
import type { StaffActor } from '../context';
import { transitionHousehold } from '../identification/transition';
import { createCaller } from '../root';
import { type Fixture, householdInput, type TestUser } from './fixture';

type Step = readonly [IdentificationEvent, TestUser, unknown?];

/**
 * Files a household through the real §3.2 steps, so its timeline names who surveyed (START_SURVEY
 * payload), who registered (created_by) and who approved (APPROVE actor).
 */
export async function fileHousehold(
  f: Fixture,
  opts: {
    org?: '520302-G01' | '520302' | '520502-G01';
    registrar?: TestUser;
    surveyors?: readonly TestUser[];
    approver?: TestUser;
    overrides?: Partial<HouseholdCreateInput>;
  } = {},
): Promise<string> {
  const org = opts.org ?? '520302-G01';
  const bijie = org === '520502-G01';
  const staff: TestUser = bijie ? 'bijieCw' : 'zunyiCw';
  const registrar = opts.registrar ?? staff;
  const { id } = await f
    .as(registrar)
    .households.create(householdInput(f.orgId(org), { divisionCode: org.slice(0, 6), ...opts.overrides }));
  const surveyors = opts.surveyors ?? (bijie ? ['bijieCw', 'bijieVolunteer'] : ['zunyiCw', 'zunyiCw2']);
  const surveyorIds = surveyors.map((u) => f.actor(u).userId);
  const steps: Step[] = [
    ['SUBMIT', registrar],
    ['START_SURVEY', staff, { surveyorIds, surveyId: newId(), method: 'FOUR_LOOKS' }],
    ['COMPLETE_SURVEY', staff],
    ['SEND_TO_REVIEW', staff],
    ['REQUEST_INCOME_CHECK', staff],
    ['OPEN_NOTICE', staff],
    ['CLOSE_NOTICE', staff],
    ['APPROVE', opts.approver ?? (bijie ? 'provinceReviewer' : 'zunyiReviewer')],
  ];
  for (const [event, user, payload] of steps) await step(f, id, event, user, payload);
  return id;
}

/** Pays living aid through the aid ledger's one payment path (the file becomes AIDED). */
export async function payAid(f: Fixture, householdId: string, amountFen: number): Promise<string> {
  const ctx = f.context('fundOfficer');
  const paid = await withTransaction(ctx.db, (trx) =>
    recordPayment(trx, ctx, {
      idempotencyKey: `oversight-${newId()}`,
      householdId,
      programme: 'LIVING',
      amountFen,
      fundingSource: 'UNION_FUNDS',
      paidOn: '2026-11-01',
      basis: { clause: '生活救助 / living aid' },
    }),
  );
  return paid.entryId;
}

/** One workflow step as `user`, in its own transaction. */
export async function step(
  f: Fixture,
  householdId: string,
  event: IdentificationEvent,
  user: TestUser = 'zunyiCw',
  payload?: unknown,
): Promise<void> {
  const ctx = f.context(user);
  await withTransaction(ctx.db, (trx) => transitionHousehold(trx, ctx, { householdId, event, payload }));
}

export async function statusOf(
  f: Fixture,
  householdId: string,
): Promise<{ status: string; version: number }> {
  return f.handle.db
    .selectFrom('household')
    .select(['status', 'version'])
    .where('id', '=', householdId)
    .executeTakeFirstOrThrow();
}

/** Extra org units and volunteer accounts the oversight tests need, made directly in the database. */
export async function addOrg(f: Fixture, code: string, parentCode: '520302' | '520502'): Promise<string> {
  const parent = await f.handle.db
    .selectFrom('org_unit')
    .select(['id', 'path'])
    .where('code', '=', parentCode)
    .executeTakeFirstOrThrow();
  const id = newId();
  await f.handle.db
    .insertInto('org_unit')
    .values({
      id,
      code,
      name: `${code}工会`,
      name_en: code,
      kind: 'GRASSROOTS_ENTERPRISE',
      division_code: parentCode,
      parent_id: parent.id,
      path: `${parent.path}${code}/`,
      hotline: null,
    })
    .execute();
  return id;
}

/** Row counts of the oversight tables, to show a refused request changed nothing. */
export async function oversightCounts(f: Fixture): Promise<Record<string, number>> {
  const tables = [
    'verification_visit',
    'spot_check',
    'spot_check_item',
    'rectification_order',
    'annual_review',
    'file_exit',
    'follow_up_call',
    'ident_step',
    'audit_event',
    'household',
  ] as const;
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

/** A further volunteer account under `orgCode`; call as them with `asActor(f, actor)`. */
export async function addVolunteerUser(f: Fixture, username: string, orgCode: '520302' | '520502') {
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
      display_name: `志愿者${username}`,
      password_hash: '!',
      org_id: org.id,
      roles: ['volunteer'],
      locked_until: null,
    })
    .execute();
  const actor: StaffActor = {
    userId: id,
    username,
    displayName: `志愿者${username}`,
    roles: ['volunteer'],
    orgId: org.id,
    orgPath: org.path,
  };
  return actor;
}

export function asActor(f: Fixture, actor: StaffActor) {
  return createCaller({ ...f.context(null), actor });
}
