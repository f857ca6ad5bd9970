import { randomBytes } from 'node:crypto';
import { createFieldCrypto, type Database, type DatabaseHandle, migrateToLatest, newId } from '@bangfu/db';
import type { DriverTestTarget } from '@bangfu/db/testing';
import {
  computeCheckChar,
  type EmployerInput,
  type FairInput,
  type HouseholdCreateInput,
  type PositionInput,
  type Role,
} from '@bangfu/domain';
import { createSessionCaches, sessionCacheOptions } from '../auth/session-cache';
import {
  type AppServices,
  type Context,
  type CookieJar,
  DEFAULT_AUTH_SETTINGS,
  type StaffActor,
  type WorkerActor,
} from '../context';
import { createCaller } from '../root';

/** A small org tree: the province, 遵义/红花岗区 and 毕节/七星关区, each county with one grassroots union. */
const ORGS = [
  { code: '520000', name: '贵州省总工会', kind: 'PROVINCE', parent: null },
  { code: '520300', name: '遵义市总工会', kind: 'PREFECTURE', parent: '520000' },
  { code: '520302', name: '红花岗区总工会', kind: 'COUNTY', parent: '520300' },
  { code: '520302-G01', name: '红花岗区中华路社区工会', kind: 'GRASSROOTS_COMMUNITY', parent: '520302' },
  { code: '520500', name: '毕节市总工会', kind: 'PREFECTURE', parent: '520000' },
  { code: '520502', name: '七星关区总工会', kind: 'COUNTY', parent: '520500' },
  { code: '520502-G01', name: '七星关区市东社区工会', kind: 'GRASSROOTS_COMMUNITY', parent: '520502' },
] as const;

export const USERS = {
  admin: { org: '520000', roles: ['admin'] },
  zunyiCw: { org: '520302', roles: ['caseworker'] },
  zunyiCw2: { org: '520302', roles: ['caseworker'] },
  grassrootsCw: { org: '520302-G01', roles: ['caseworker'] },
  hhgReviewer: { org: '520302', roles: ['reviewer'] },
  provinceReviewer: { org: '520000', roles: ['reviewer'] },
  bijieCw: { org: '520502', roles: ['caseworker'] },
  zunyiReviewer: { org: '520300', roles: ['reviewer'] },
  auditor: { org: '520000', roles: ['auditor'] },
  volunteer: { org: '520302', roles: ['volunteer'] },
  bijieVolunteer: { org: '520502', roles: ['volunteer'] },
  fundOfficer: { org: '520000', roles: ['fund_officer'] },
  employmentOfficer: { org: '520000', roles: ['employment_officer'] },
  zunyiEmploymentOfficer: { org: '520300', roles: ['employment_officer'] },
  bijieEmploymentOfficer: { org: '520500', roles: ['employment_officer'] },
} as const satisfies Record<string, { org: string; roles: Role[] }>;
export type TestUser = keyof typeof USERS;

export interface Fixture {
  handle: DatabaseHandle<Database>;
  services: AppServices;
  orgId: (code: (typeof ORGS)[number]['code']) => string;
  actor: (user: TestUser) => StaffActor;
  as: (
    user: TestUser | null,
    opts?: { csrfOk?: boolean; cookies?: CookieJar },
  ) => ReturnType<typeof createCaller>;
  context: (user: TestUser | null, opts?: ContextOptions) => Context;
  /** A caller signed in to the portal as the SELF member of `householdId` (PIN set). */
  asWorker: (householdId: string, opts?: ContextOptions) => Promise<ReturnType<typeof createCaller>>;
  clock: { now: Date };
  close(): Promise<void>;
}

export interface ContextOptions {
  csrfOk?: boolean;
  cookies?: CookieJar;
  workerCookies?: CookieJar;
  worker?: WorkerActor | null;
}

export const noCookies: CookieJar = { sessionToken: null, setSession() {}, clearSession() {} };

export async function createFixture(target: DriverTestTarget): Promise<Fixture> {
  const handle = await target.open<Database>();
  await migrateToLatest(handle.db as never);
  const clock = { now: new Date('2026-11-29T02:00:00.000Z') };
  const services: AppServices = {
    db: handle.db,
    crypto: createFieldCrypto(randomBytes(32)),
    auth: DEFAULT_AUTH_SETTINGS,
    now: () => clock.now,
    // As the server runs: the embedded engine answers recent sessions from memory, PostgreSQL
    // reads every one, so the suite checks both paths.
    sessionCache:
      target.name === 'pglite' ? createSessionCaches(sessionCacheOptions(DEFAULT_AUTH_SETTINGS)) : undefined,
  };
  const orgs = new Map<string, { id: string; path: string }>();
  for (const o of ORGS) {
    const parent = o.parent ? orgs.get(o.parent)! : null;
    const row = { id: newId(), path: `${parent?.path ?? '/'}${o.code}/` };
    orgs.set(o.code, row);
    await handle.db
      .insertInto('org_unit')
      .values({
        id: row.id,
        code: o.code,
        name: o.name,
        name_en: o.code,
        kind: o.kind,
        division_code: o.code.slice(0, 6),
        parent_id: parent?.id ?? null,
        path: row.path,
        hotline: null,
      })
      .execute();
  }
  const actors = new Map<TestUser, StaffActor>();
  for (const [username, u] of Object.entries(USERS) as [TestUser, (typeof USERS)[TestUser]][]) {
    const org = orgs.get(u.org)!;
    const id = newId();
    await handle.db
      .insertInto('staff_user')
      .values({
        id,
        username: username.toLowerCase(),
        display_name: `测试${username}`,
        // Not a usable hash: sign-in tests set a real one for the account they use.
        password_hash: '!',
        org_id: org.id,
        roles: [...u.roles],
        locked_until: null,
      })
      .execute();
    actors.set(username, {
      userId: id,
      username: username.toLowerCase(),
      displayName: `测试${username}`,
      roles: [...u.roles],
      orgId: org.id,
      orgPath: org.path,
    });
  }
  const context = (user: TestUser | null, opts: ContextOptions = {}): Context => ({
    ...services,
    actor: user ? actors.get(user)! : null,
    worker: opts.worker ?? null,
    ip: '127.0.0.1',
    userAgent: 'vitest',
    cookies: opts.cookies ?? noCookies,
    workerCookies: opts.workerCookies ?? noCookies,
    csrfOk: opts.csrfOk ?? true,
  });
  const asWorker = async (householdId: string, opts: ContextOptions = {}) => {
    const self = await handle.db
      .selectFrom('household_member as m')
      .innerJoin('household as h', 'h.id', 'm.household_id')
      .select(['m.id', 'h.org_path'])
      .where('m.household_id', '=', householdId)
      .where('m.relation', '=', 'SELF')
      .executeTakeFirstOrThrow();
    const worker: WorkerActor = { householdId, memberId: self.id, orgPath: self.org_path, pinSet: true };
    return createCaller(context(null, { worker, ...opts }));
  };
  return {
    handle,
    services,
    clock,
    orgId: (code) => orgs.get(code)!.id,
    actor: (user) => actors.get(user)!,
    context,
    as: (user, opts) => createCaller(context(user, opts)),
    asWorker,
    close: () => handle.close(),
  };
}

let sequence = 0;
/** A valid, unique ID number for a county, birth date and sex. */
export function makeIdNumber(county = '520302', birth = '19800101', sex: 'male' | 'female' = 'male'): string {
  sequence = (sequence + 1) % 500;
  const seq = sequence * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${county}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + computeCheckChar(first17);
}

/** A complete, valid household form for the given union. */
export function householdInput(
  orgId: string,
  overrides: Partial<HouseholdCreateInput> = {},
): HouseholdCreateInput {
  return {
    orgId,
    divisionCode: '520302',
    address: '遵义市红花岗区中华路100号',
    postalCode: '563000',
    housingType: 'RENTED',
    areaBand: 'FROM_20_TO_50',
    standardVersion: 'ACFTU_2016',
    category: 'DIBAO',
    mainCause: 'SERIOUS_ILLNESS',
    secondaryCauses: ['CHILD_SCHOOLING'],
    otherAnnualIncomeFen: 0,
    unionMember: true,
    singleParent: false,
    zeroEmployment: false,
    selfHelpCapacity: true,
    employerName: '遵义某机械厂',
    bankAccount: { bankName: '中国工商银行', branchName: '遵义分行', accountNumber: '6222020200112233445' },
    members: [
      {
        name: '张建国',
        relation: 'SELF',
        idNumber: makeIdNumber('520302', '19800101', 'male'),
        health: 'GOOD',
        workStatus: 'ON_DUTY',
        monthlyIncomeFen: 150_000,
        schoolStage: 'NONE',
        medicalInsurance: 'EMPLOYEE',
        phone: '13812341234',
      },
      {
        name: '李秀英',
        relation: 'SPOUSE',
        idNumber: makeIdNumber('520302', '19820315', 'female'),
        health: 'CANCER',
        workStatus: 'UNEMPLOYED',
        monthlyIncomeFen: 0,
        schoolStage: 'NONE',
        medicalInsurance: 'RESIDENT',
      },
    ],
    ...overrides,
  };
}

/** A complete employer form for the given union (遵义/红花岗区 unless overridden). */
export function employerInput(orgId: string, overrides: Partial<EmployerInput> = {}): EmployerInput {
  return {
    orgId,
    name: '遵义黔丰家政服务有限公司',
    divisionCode: '520302',
    industry: '家政服务',
    address: '遵义市红花岗区中华路18号',
    contactName: '周桂兰',
    contactPhone: '13985001234',
    ...overrides,
  };
}

/** A complete position form: open in the fixture's clock month (2026-11-29 is inside). */
export function positionInput(employerId: string, overrides: Partial<PositionInput> = {}): PositionInput {
  return {
    employerId,
    title: '家政服务员',
    category: 'HOUSEKEEPING',
    divisionCode: '520302',
    workAddress: '遵义市红花岗区',
    salaryMinFen: 300_000,
    salaryMaxFen: 450_000,
    headcount: 3,
    hours: 'SCHOOL_HOURS',
    requirements: '身体健康,有责任心',
    skills: ['家政'],
    suitability: ['CARE_DUTIES'],
    validFrom: '2026-11-01',
    validTo: '2026-12-31',
    ...overrides,
  };
}

/** A complete fair form, organised by the given union, on during the fixture's clock. */
export function fairInput(organiserOrgId: string, overrides: Partial<FairInput> = {}): FairInput {
  return {
    organiserOrgId,
    name: '2026年遵义市就业援助月专场招聘会',
    programme: 'EMPLOYMENT_AID_MONTH',
    divisionCode: '520302',
    venue: '遵义市红花岗区人力资源市场',
    startDate: '2026-11-28',
    endDate: '2026-11-30',
    ...overrides,
  };
}
