import { withTransaction } from '@bangfu/db';
import type { HouseholdCreateInput, IdentificationEvent } from '@bangfu/domain';
import { transitionHousehold } from '../identification/transition';
import { type Fixture, householdInput, type TestUser } from './fixture';

type Org = '520302-G01' | '520302';

/** Sets the fixture clock to 10:00 in Shanghai on `date`. */
export function setBusinessDate(f: Fixture, date: string): void {
  f.clock.now = new Date(`${date}T02:00:00.000Z`);
}

/** Runs identification steps straight through transitionHousehold, as the earlier areas would. */
export async function runSteps(
  f: Fixture,
  householdId: string,
  steps: readonly (IdentificationEvent | [IdentificationEvent, unknown])[],
  user: TestUser = 'zunyiCw',
): Promise<number> {
  let version = 0;
  for (const step of steps) {
    const [event, payload] = Array.isArray(step) ? step : [step, undefined];
    const r = await withTransaction(f.handle.db, (trx) =>
      transitionHousehold(trx, f.context(user), { householdId, event, payload }),
    );
    version = r.version;
  }
  return version;
}

export interface ReviewCase {
  id: string;
  version: number;
  idNumbers: string[];
  input: HouseholdCreateInput;
}

/**
 * A household at DEMOCRATIC_REVIEW: registered by `registrar` (zunyiCw) under the 中华路 community
 * union, surveyed by zunyiCw2 and grassrootsCw unless told otherwise.
 */
export async function caseAtDemocraticReview(
  f: Fixture,
  opts: {
    org?: Org;
    registrar?: TestUser;
    surveyors?: TestUser[];
    overrides?: Partial<HouseholdCreateInput>;
  } = {},
): Promise<ReviewCase> {
  const input = householdInput(f.orgId(opts.org ?? '520302-G01'), opts.overrides);
  const { id } = await f.as(opts.registrar ?? 'zunyiCw').households.create(input);
  const surveyorIds = (opts.surveyors ?? ['zunyiCw2', 'grassrootsCw']).map((u) => f.actor(u).userId);
  const version = await runSteps(f, id, [
    'SUBMIT',
    ['START_SURVEY', { surveyorIds, surveyId: null, method: 'FOUR_LOOKS' }],
    'COMPLETE_SURVEY',
    'SEND_TO_REVIEW',
  ]);
  return { id, version, idNumbers: input.members.map((m) => m.idNumber ?? ''), input };
}

/** A democratic review that passes, recorded by a clean reviewer with clean participants. */
export function passingReview(c: { id: string; version: number }, participantUserIds: string[] = []) {
  return {
    householdId: c.id,
    expectedVersion: c.version,
    meetingDate: '2026-09-01',
    participantUserIds,
    otherParticipants: [
      { name: '王居民', role: '居民代表' },
      { name: '赵职工', role: '职工代表' },
      { name: '钱委员', role: '工会委员' },
    ],
    votesFor: 3,
    votesAgainst: 0,
    abstentions: 0,
    outcome: 'PASS' as const,
    minutes: '经评议,一致同意。',
  };
}

export function clearIncomeCheck(c: { id: string; version: number }, discrepancy = false) {
  return {
    householdId: c.id,
    expectedVersion: c.version,
    centre: '红花岗区居民家庭经济状况核对中心',
    requestedOn: '2026-09-02',
    respondedOn: '2026-09-10',
    resultSummary: discrepancy ? '申报收入与核对结果不符' : '核对结果与申报相符',
    discrepancy,
  };
}

/** Takes a case from DEMOCRATIC_REVIEW to an open notice starting on the fixture's business date. */
export async function caseWithOpenNotice(
  f: Fixture,
  startDate: string,
  opts: Parameters<typeof caseAtDemocraticReview>[1] = {},
): Promise<ReviewCase & { noticeId: string; endDate: string }> {
  setBusinessDate(f, startDate);
  const c = await caseAtDemocraticReview(f, opts);
  const reviewer = f.as('hhgReviewer').review;
  const reviewed = await reviewer.recordDemocraticReview(passingReview(c));
  const checked = await reviewer.recordIncomeCheck(clearIncomeCheck({ id: c.id, version: reviewed.version }));
  const notice = await f
    .as('zunyiCw2')
    .review.openNotice({ householdId: c.id, expectedVersion: checked.version, startDate });
  return { ...c, version: notice.version, noticeId: notice.id, endDate: notice.endDate };
}

/** A case at HIGHER_REVIEW after its notice ran out (ended by closeDueNotices the day after). */
export async function caseAtHigherReview(
  f: Fixture,
  opts: Parameters<typeof caseAtDemocraticReview>[1] = {},
): Promise<ReviewCase & { noticeId: string }> {
  const c = await caseWithOpenNotice(f, '2026-11-02', opts);
  setBusinessDate(f, '2026-11-09');
  await f.as('admin').review.closeDueNotices();
  const h = await f.handle.db
    .selectFrom('household')
    .select('version')
    .where('id', '=', c.id)
    .executeTakeFirstOrThrow();
  return { ...c, version: h.version };
}

/** Everything review writes about a case, to show a refused request changed nothing. */
export async function reviewState(f: Fixture, householdId: string) {
  const db = f.handle.db;
  const count = async (
    table: 'democratic_review' | 'income_check' | 'public_notice' | 'ident_approval' | 'ident_step',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('household_id', '=', householdId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const household = await db
    .selectFrom('household')
    .select(['status', 'version', 'file_no'])
    .where('id', '=', householdId)
    .executeTakeFirstOrThrow();
  const objections = await db
    .selectFrom('notice_objection as o')
    .innerJoin('public_notice as n', 'n.id', 'o.notice_id')
    .select(['o.status', 'n.status as noticeStatus'])
    .where('n.household_id', '=', householdId)
    .orderBy('o.id')
    .execute();
  const counters = await db.selectFrom('file_no_counter').selectAll().orderBy('division_code').execute();
  const audit = Number(
    (
      await db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  return {
    household,
    reviews: await count('democratic_review'),
    checks: await count('income_check'),
    notices: await count('public_notice'),
    approvals: await count('ident_approval'),
    steps: await count('ident_step'),
    objections,
    counters,
    audit,
  };
}
