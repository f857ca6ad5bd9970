import { createHash } from 'node:crypto';
import { newId, withTransaction } from '@bangfu/db';
import type { AidMeasureInput, HouseholdCreateInput, IdentificationEvent } from '@bangfu/domain';
import { signPlanAsWorker } from '../aid/sign-plan';
import { transitionHousehold } from '../identification/transition';
import { type Fixture, householdInput, makeIdNumber, type TestUser } from './fixture';

type AidOrg = '520302' | '520302-G01' | '520502-G01';

/** The §3.2 steps from DRAFT to FILED, with the payload each step records. */
const TO_FILED: ReadonlyArray<[IdentificationEvent, unknown]> = [
  ['SUBMIT', null],
  ['START_SURVEY', { surveyorIds: ['s1', 's2'] }],
  ['COMPLETE_SURVEY', null],
  ['SEND_TO_REVIEW', null],
  ['REQUEST_INCOME_CHECK', null],
  ['OPEN_NOTICE', null],
  ['CLOSE_NOTICE', null],
  ['APPROVE', null],
];

/** Creates a household (DRAFT) through the router; 遵义/红花岗区 unless told otherwise. */
export async function draftHousehold(
  f: Fixture,
  opts: { org?: AidOrg; user?: TestUser; overrides?: Partial<HouseholdCreateInput> } = {},
): Promise<string> {
  const org = opts.org ?? '520302';
  const bijie = org.startsWith('5205');
  const user = opts.user ?? (bijie ? 'bijieCw' : 'zunyiCw');
  const base = householdInput(f.orgId(org), bijie ? { divisionCode: '520502' } : {});
  const members = base.members.map((m) => ({ ...m, idNumber: makeIdNumber(bijie ? '520502' : '520302') }));
  const { id } = await f.as(user).households.create({ ...base, members, ...opts.overrides });
  return id;
}

/** A household walked through identification to FILED (建档). */
export async function filedHousehold(
  f: Fixture,
  opts: { org?: AidOrg; user?: TestUser; overrides?: Partial<HouseholdCreateInput> } = {},
): Promise<string> {
  const id = await draftHousehold(f, opts);
  const user = opts.user ?? ((opts.org ?? '520302').startsWith('5205') ? 'bijieCw' : 'zunyiCw');
  await withTransaction(f.services.db, async (trx) => {
    for (const [event, payload] of TO_FILED) {
      await transitionHousehold(trx, f.context(user), { householdId: id, event, payload });
    }
  });
  return id;
}

export const livingMeasure: AidMeasureInput = {
  kind: 'LIVING',
  cause: 'SERIOUS_ILLNESS',
  description: '按月发放生活救助,保障基本生活',
  targetDate: '2026-12-31',
  plannedAmountFen: 600_000,
};
export const medicalMeasure: AidMeasureInput = {
  kind: 'MEDICAL',
  cause: 'SERIOUS_ILLNESS',
  description: '配偶住院自付费用医疗救助',
  targetDate: '2027-03-31',
};
export const trainingMeasure: AidMeasureInput = {
  kind: 'SKILL_TRAINING',
  cause: 'ABLE_BUT_UNEMPLOYED',
  description: '1户1技能:家政服务员培训',
  targetDate: '2027-06-30',
};

/** Drafts a plan as the caseworker and has the worker sign it in the portal; returns its measures. */
export async function signedPlan(
  f: Fixture,
  householdId: string,
  opts: { user?: TestUser; measures?: AidMeasureInput[] } = {},
): Promise<{ planId: string; measureIds: string[] }> {
  const user = opts.user ?? 'zunyiCw';
  const { planId, version } = await f.as(user).aid.plan.saveDraft({
    householdId,
    responsibleCadreId: f.actor(user).userId,
    plannedExitYear: 2028,
    measures: opts.measures ?? [livingMeasure, medicalMeasure, trainingMeasure],
  });
  await withTransaction(f.services.db, (trx) =>
    signPlanAsWorker(trx, f.context(null), { householdId, planId, expectedVersion: version }),
  );
  const plans = await f.as(user).aid.plan.get({ householdId });
  return { planId, measureIds: plans.current?.measures.map((m) => m.id) ?? [] };
}

/** Stores a scan as one of the household's attachments, as identification.uploadAttachment would. */
export async function attachScan(f: Fixture, householdId: string): Promise<string> {
  const id = newId();
  const content = Buffer.from(`signed plan scan ${id}`);
  await f.handle.db
    .insertInto('attachment')
    .values({
      id,
      household_id: householdId,
      owner_type: null,
      owner_id: null,
      kind: 'AID_PLAN_SIGNATURE',
      filename: 'plan-signature.jpg',
      mime: 'image/jpeg',
      size_bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploaded_by: null,
      uploaded_at: f.clock.now,
    })
    .execute();
  return id;
}

let keySeq = 0;
/** A fresh idempotency key. */
export const freshKey = (): string => `test-key-${Date.now()}-${++keySeq}`;

const COUNTED = [
  'aid_plan',
  'aid_plan_measure',
  'aid_request',
  'aid_ledger_entry',
  'aid_payment_key',
  'aid_recovery',
  'audit_event',
  'ident_step',
] as const;

/** Row counts of every aid table and the audit log: what "nothing changed" compares. */
export async function aidCounts(f: Fixture): Promise<Record<(typeof COUNTED)[number], number>> {
  const out = {} as Record<(typeof COUNTED)[number], number>;
  for (const t of COUNTED) {
    const r = await f.handle.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

/** The household's identification status and version. */
export async function householdStatus(f: Fixture, id: string): Promise<{ status: string; version: number }> {
  return f.handle.db
    .selectFrom('household')
    .select(['status', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
