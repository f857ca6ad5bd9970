import { newId, withTransaction } from '@bangfu/db';
import type { IdentificationEvent } from '@bangfu/domain';
import type { CookieJar } from '../context';
import { createContext } from '../create-context';
import { transitionHousehold } from '../identification/transition';
import { createCaller } from '../root';
import { type Fixture, householdInput, makeIdNumber, type TestUser } from './fixture';

/** The classification the COMPLETE_SURVEY step stores, as the identification area writes it. */
export const SURVEY_PAYLOAD = {
  classification: {
    category: 'DIBAO',
    pcniFen: 52_000,
    explanation: [
      { code: 'PCNI', label: { zh: '家庭月人均收入', en: 'Monthly income per person' }, valueFen: 52_000 },
      {
        code: 'BELOW_LINE',
        label: { zh: '低于低保线', en: 'Below the minimum-living line' },
        valueFen: 52_000,
        thresholdFen: 68_000,
        passed: true,
      },
    ],
  },
  policyVersion: 0,
};

const TO_FILED: [IdentificationEvent, unknown][] = [
  ['SUBMIT', undefined],
  ['START_SURVEY', { surveyorIds: [] }],
  ['COMPLETE_SURVEY', SURVEY_PAYLOAD],
  ['SEND_TO_REVIEW', undefined],
  ['REQUEST_INCOME_CHECK', undefined],
  ['OPEN_NOTICE', undefined],
  ['CLOSE_NOTICE', undefined],
  ['APPROVE', undefined],
];

export interface FiledHousehold {
  householdId: string;
  /** The SELF member's ID number, what the worker types to sign in. */
  idNumber: string;
  headName: string;
}

let fileSeq = 0;

/** Creates a household as `user` and walks it to FILED along brief §3.2. */
export async function fileHousehold(
  f: Fixture,
  user: TestUser = 'zunyiCw',
  org: Parameters<Fixture['orgId']>[0] = '520302',
): Promise<FiledHousehold> {
  const input = householdInput(f.orgId(org));
  const idNumber = makeIdNumber(org.slice(0, 6), '19790203', 'male');
  input.members[0] = { ...input.members[0]!, idNumber };
  input.members[1] = { ...input.members[1]!, idNumber: makeIdNumber(org.slice(0, 6), '19810506', 'female') };
  const h = await f.as(user).households.create(input);
  const ctx = f.context(user);
  await withTransaction(f.handle.db, async (trx) => {
    for (const [event, payload] of TO_FILED) {
      await transitionHousehold(trx, ctx, { householdId: h.id, event, payload });
    }
    // The review area's approval issues the file number; the bare transition does not.
    fileSeq += 1;
    await trx
      .updateTable('household')
      .set({ file_no: `GZ-${org.slice(0, 6)}-2026-${String(fileSeq).padStart(6, '0')}` })
      .where('id', '=', h.id)
      .execute();
  });
  return { householdId: h.id, idNumber, headName: input.members[0]!.name };
}

/** Moves the test clock on, so rows written next sort after the ones before. */
export function tick(f: Fixture, seconds = 1): void {
  f.clock.now = new Date(f.clock.now.getTime() + seconds * 1000);
}

/** Inserts an aid plan (SIGNED on paper, or a DRAFT awaiting the worker) with two measures. */
export async function insertPlan(
  f: Fixture,
  householdId: string,
  opts: { planNo: number; status: 'SIGNED' | 'DRAFT'; cadre?: TestUser },
): Promise<{ planId: string; version: number }> {
  const h = await f.handle.db
    .selectFrom('household')
    .select('org_path')
    .where('id', '=', householdId)
    .executeTakeFirstOrThrow();
  const planId = newId();
  const signed = opts.status === 'SIGNED';
  await f.handle.db
    .insertInto('aid_plan')
    .values({
      id: planId,
      household_id: householdId,
      org_path: h.org_path,
      plan_no: opts.planNo,
      status: opts.status,
      responsible_cadre_id: f.actor(opts.cadre ?? 'zunyiCw').userId,
      planned_exit_year: 2028,
      signed_at: signed ? f.clock.now : null,
      signed_via: signed ? 'PAPER' : null,
      signature_attachment_id: null,
      signer_name: null,
      created_by: f.actor(opts.cadre ?? 'zunyiCw').userId,
    })
    .execute();
  await f.handle.db
    .insertInto('aid_plan_measure')
    .values([
      {
        id: newId(),
        plan_id: planId,
        seq: 1,
        kind: 'MEDICAL',
        cause: 'SERIOUS_ILLNESS',
        description: '协助申请大病医疗救助',
        target_date: '2027-03-31',
        status: 'DONE',
        planned_amount_fen: 300_000,
      },
      {
        id: newId(),
        plan_id: planId,
        seq: 2,
        kind: 'EMPLOYMENT',
        cause: 'ABLE_BUT_UNEMPLOYED',
        description: '推荐配偶参加家政培训并就业',
        target_date: '2027-06-30',
        status: 'PLANNED',
        planned_amount_fen: null,
      },
    ])
    .execute();
  return { planId, version: 1 };
}

/** A cookie jar that remembers what the server set, like a browser. */
export function browserJar(): CookieJar & { value: string | null } {
  const jar = {
    value: null as string | null,
    get sessionToken() {
      return jar.value;
    },
    setSession(token: string) {
      jar.value = token;
    },
    clearSession() {
      jar.value = null;
    },
  };
  return jar;
}

/** A caller over a real request context: the worker cookie resolved as the server would. */
export async function portalRequest(
  f: Fixture,
  workerCookies: CookieJar,
  opts: { ip?: string; staff?: CookieJar } = {},
): Promise<ReturnType<typeof createCaller>> {
  const ctx = await createContext(f.services, {
    ip: opts.ip ?? '10.2.0.1',
    userAgent: 'vitest',
    cookies: opts.staff ?? browserJar(),
    workerCookies,
    csrfOk: true,
  });
  return createCaller(ctx);
}
