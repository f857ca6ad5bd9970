import { driverTestTargets } from '@bangfu/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, householdInput, makeIdNumber } from '../testing/fixture';

async function counts(f: Fixture) {
  const one = async (t: 'household' | 'household_member' | 'audit_event' | 'active_id_number') =>
    Number(
      (
        await f.handle.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    households: await one('household'),
    members: await one('household_member'),
    audit: await one('audit_event'),
    ids: await one('active_id_number'),
  };
}

describe.each(driverTestTargets())('household registry on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('creates a household and reads it back masked', async () => {
    const input = householdInput(f.orgId('520302-G01'));
    const { id, version } = await f.as('zunyiCw').households.create(input);
    expect(version).toBe(1);
    const h = await f.as('zunyiCw').households.get({ id });
    expect(h.status).toBe('DRAFT');
    expect(h.orgName).toBe('红花岗区中华路社区工会');
    expect(h.monthlyIncomeFen).toBe(150_000);
    const self = h.members.find((m) => m.relation === 'SELF')!;
    const idNumber = input.members[0]!.idNumber!;
    expect(self.idNumberMasked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(self.birthDate).toBe('1980-01-01');
    expect(self.sex).toBe('MALE');
    expect(self.phoneMasked).toBe('138****1234');
    expect(h.bankAccount?.accountMasked).toBe('**** **** **** 3445');
    expect(JSON.stringify(h)).not.toContain(idNumber);
    expect(JSON.stringify(h)).not.toContain('6222020200112233445');
  });

  it('stores ID numbers and bank accounts encrypted, never in clear', async () => {
    const input = householdInput(f.orgId('520302-G01'));
    const { id } = await f.as('zunyiCw').households.create(input);
    const row = await f.handle.db
      .selectFrom('household')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const members = await f.handle.db
      .selectFrom('household_member')
      .selectAll()
      .where('household_id', '=', id)
      .execute();
    const raw = JSON.stringify({ row, members }, (_k, v) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
    );
    expect(raw).not.toContain(input.members[0]!.idNumber!);
    expect(raw).not.toContain('6222020200112233445');
    expect(raw).not.toContain('13812341234');
  });

  it('edits in place: members other records point at keep their rows, and cannot be removed', async () => {
    const { id } = await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
    const h = await f.as('zunyiCw').households.get({ id });
    const spouse = h.members[1]!;
    // Any record that points at a member (training, placements, mutual aid…) behaves the same.
    await sql`create table if not exists test_member_ref (member_id uuid references household_member(id))`.execute(
      f.handle.db,
    );
    await sql`insert into test_member_ref values (${spouse.id})`.execute(f.handle.db);
    const edit = (version: number, members: typeof h.members) =>
      f.as('zunyiCw').households.update({
        ...householdInput(f.orgId('520302-G01')),
        id,
        version,
        bankAccount: { bankName: '中国工商银行', branchName: null },
        members: members.map((m) => ({ ...m })),
      });
    const reordered = await edit(h.version, [h.members[1]!, h.members[0]!]);
    const after = await f.as('zunyiCw').households.get({ id });
    expect(after.members.map((m) => m.id)).toEqual([spouse.id, h.members[0]!.id]);
    const before = await counts(f);
    const err = await failure(edit(reordered.version, [h.members[0]!]));
    expect(err.domainCode).toBe('CONFLICT');
    expect(await counts(f)).toEqual(before);
    expect((await f.as('zunyiCw').households.get({ id })).members).toHaveLength(2);
  });

  it('rejects a stale update with VERSION_CONFLICT and keeps the newer data', async () => {
    const { id } = await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
    const h = await f.as('zunyiCw').households.get({ id });
    const edit = (address: string, version: number) =>
      f.as('zunyiCw').households.update({
        ...householdInput(f.orgId('520302-G01')),
        id,
        version,
        address,
        bankAccount: { bankName: '中国工商银行', branchName: null },
        // Members come back without phone or ID number: both must be kept, not erased.
        members: h.members.map((m) => ({ ...m })),
      });
    const saved = await edit('遵义市红花岗区新华路1号', h.version);
    expect(saved.version).toBe(2);
    const before = await counts(f);
    const err = await failure(edit('遵义市红花岗区旧地址', h.version));
    expect(err.domainCode).toBe('VERSION_CONFLICT');
    expect(await counts(f)).toEqual(before);
    const after = await f.as('zunyiCw').households.get({ id });
    expect(after.address).toBe('遵义市红花岗区新华路1号');
    expect(after.version).toBe(2);
    // The bank account, phone and ID numbers were kept without being re-entered.
    expect(after.bankAccount?.accountMasked).toBe('**** **** **** 3445');
    expect(after.members[0]!.phoneMasked).toBe('138****1234');
    expect(after.members.map((m) => m.idNumberMasked)).toEqual(h.members.map((m) => m.idNumberMasked));
  });

  it('refuses a second active file for the same person anywhere in the province', async () => {
    const shared = makeIdNumber('520302', '19750505', 'female');
    const first = householdInput(f.orgId('520302-G01'));
    first.members[1] = { ...first.members[1]!, idNumber: shared };
    await f.as('zunyiCw').households.create(first);

    const second = householdInput(f.orgId('520502-G01'), { divisionCode: '520502' });
    second.members.push({ ...first.members[1]!, relation: 'OTHER' });
    const before = await counts(f);
    const err = await failure(f.as('bijieCw').households.create(second));
    expect(err.domainCode).toBe('DUPLICATE_ID_NUMBER');
    expect(err.messages.zh).toContain('红花岗区中华路社区工会');
    // Outside the caller's scope: the union is named, the file is not.
    expect(err.details?.holderHouseholdId).toBeUndefined();
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(['members.2.idNumber']);
    expect(await counts(f)).toEqual(before);

    // A province admin sees which file holds it.
    const adminErr = await failure(f.as('admin').households.create(second));
    expect(adminErr.domainCode).toBe('DUPLICATE_ID_NUMBER');
    expect(adminErr.details?.holderHouseholdId).toEqual(expect.any(String));
  });

  it('lets only one of two concurrent files for the same person through', async () => {
    const shared = makeIdNumber('520302', '19660606', 'male');
    const a = householdInput(f.orgId('520302-G01'));
    a.members[0] = { ...a.members[0]!, idNumber: shared };
    const b = householdInput(f.orgId('520502-G01'), { divisionCode: '520502' });
    b.members[0] = { ...b.members[0]!, idNumber: shared };
    const results = await Promise.allSettled([
      f.as('zunyiCw').households.create(a),
      f.as('bijieCw').households.create(b),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((await failure(Promise.reject(rejected.reason))).domainCode).toBe('DUPLICATE_ID_NUMBER');
  });

  it('accepts the 15-digit form of an ID number and matches its 18-digit twin as a duplicate', async () => {
    const eighteen = makeIdNumber('520302', '19700707', 'male');
    const fifteen = eighteen.slice(0, 6) + eighteen.slice(8, 17);
    const a = householdInput(f.orgId('520302-G01'));
    a.members[0] = { ...a.members[0]!, idNumber: fifteen };
    const { id } = await f.as('zunyiCw').households.create(a);
    const h = await f.as('zunyiCw').households.get({ id });
    expect(h.members[0]!.birthDate).toBe('1970-07-07');
    const b = householdInput(f.orgId('520302-G01'));
    b.members[0] = { ...b.members[0]!, idNumber: eighteen };
    expect((await failure(f.as('zunyiCw').households.create(b))).domainCode).toBe('DUPLICATE_ID_NUMBER');
  });

  it('isolates counties: a 毕节 caseworker cannot see, list or edit a 遵义 household', async () => {
    const { id } = await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
    expect((await failure(f.as('bijieCw').households.get({ id }))).domainCode).toBe('NOT_FOUND');
    expect((await failure(f.as('bijieCw').households.history({ id }))).domainCode).toBe('NOT_FOUND');
    const page = await f.as('bijieCw').households.list({ limit: 100 });
    expect(page.items.map((i) => i.id)).not.toContain(id);
    const err = await failure(
      f.as('bijieCw').households.update({ ...householdInput(f.orgId('520302-G01')), id, version: 1 }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
    // Filing under a union outside one's scope is refused the same way.
    expect(
      (await failure(f.as('bijieCw').households.create(householdInput(f.orgId('520302-G01'))))).domainCode,
    ).toBe('NOT_FOUND');
    // The prefecture reviewer above 红花岗区 sees it.
    expect((await f.as('zunyiReviewer').households.get({ id })).id).toBe(id);
  });

  it('searches by name prefix, full ID number, last four digits, category and division', async () => {
    const input = householdInput(f.orgId('520302-G01'), { category: 'DIBAO_EDGE' });
    input.members[0] = { ...input.members[0]!, name: '欧阳修远' };
    const idNumber = input.members[1]!.idNumber!;
    const { id } = await f.as('zunyiCw').households.create(input);
    const find = async (q: Parameters<ReturnType<Fixture['as']>['households']['list']>[0]) =>
      (await f.as('zunyiCw').households.list(q)).items.map((i) => i.id);
    expect(await find({ q: '欧阳' })).toEqual([id]);
    expect(await find({ q: idNumber })).toEqual([id]);
    expect(await find({ q: idNumber.toLowerCase() })).toEqual([id]);
    expect(await find({ q: idNumber.slice(-4) })).toContain(id);
    expect(await find({ q: '欧阳', category: 'DIBAO' })).toEqual([]);
    expect(await find({ q: '欧阳', divisionCode: '520300' })).toEqual([id]);
    expect(await find({ q: '欧阳', divisionCode: '520500' })).toEqual([]);
    expect(await find({ q: '欧阳', cause: 'CHILD_SCHOOLING' })).toEqual([id]);
  });

  it('pages through every household exactly once in each sort order', async () => {
    for (let i = 0; i < 7; i++) {
      await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
      f.clock.now = new Date(f.clock.now.getTime() + 1000);
    }
    const total = (await f.as('zunyiCw').households.list({ limit: 100 })).items.length;
    for (const sort of ['updatedDesc', 'nameAsc', 'fileNoAsc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await f.as('zunyiCw').households.list({ sort, limit: 3, cursor });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
    }
    expect((await failure(f.as('zunyiCw').households.list({ cursor: 'garbage' }))).domainCode).toBe(
      'VALIDATION',
    );
  });

  it('reveals an ID number only to permitted roles, and logs who, why and from where', async () => {
    const input = householdInput(f.orgId('520302-G01'));
    const { id } = await f.as('zunyiCw').households.create(input);
    const h = await f.as('zunyiCw').households.get({ id });
    const memberId = h.members[0]!.id;
    const { idNumber } = await f
      .as('zunyiCw')
      .households.revealIdNumber({ householdId: id, memberId, purpose: 'CASE_VERIFICATION' });
    expect(idNumber).toBe(input.members[0]!.idNumber);
    const log = await f.handle.db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', id)
      .where('action', '=', 'household.reveal_id_number')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      actor_id: f.actor('zunyiCw').userId,
      purpose: 'CASE_VERIFICATION',
      ip: '127.0.0.1',
    });
    expect(JSON.stringify(log[0])).not.toContain(idNumber);

    const denied = await failure(
      f
        .as('volunteer')
        .households.revealIdNumber({ householdId: id, memberId, purpose: 'CASE_VERIFICATION' }),
    );
    expect(denied.domainCode).toBe('FORBIDDEN');
    expect(
      (await failure(f.as('zunyiCw').households.revealBankAccount({ householdId: id, purpose: 'PAYMENT' })))
        .domainCode,
    ).toBe('FORBIDDEN');
    const { accountNumber } = await f
      .as('fundOfficer')
      .households.revealBankAccount({ householdId: id, purpose: 'PAYMENT' });
    expect(accountNumber).toBe('6222020200112233445');
  });

  it('keeps a history of changes with sensitive fields masked', async () => {
    const { id } = await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
    const h = await f.as('zunyiCw').households.get({ id });
    await f.as('zunyiCw').households.update({
      ...householdInput(f.orgId('520302-G01')),
      id,
      version: h.version,
      category: 'DIBAO_EDGE',
      bankAccount: null,
      members: h.members.map((m) => ({ ...m, phone: null })),
    });
    const history = await f.as('zunyiCw').households.history({ id });
    expect(history.map((e) => e.action)).toEqual(['household.update', 'household.create']);
    const fields = history[0]!.changes.map((c) => c.field);
    expect(fields).toContain('category');
    expect(fields).toContain('bankAccount');
    expect(history[0]!.actorName).toBe('测试zunyiCw');
    expect(JSON.stringify(history)).not.toContain('6222020200112233445');
    await f
      .as('zunyiCw')
      .households.revealIdNumber({ householdId: id, memberId: h.members[1]!.id, purpose: 'AUDIT' });
    const [reveal] = await f.as('zunyiCw').households.history({ id });
    expect(reveal).toMatchObject({
      action: 'household.reveal_id_number',
      purpose: 'AUDIT',
      subject: { field: 'idNumber', memberId: h.members[1]!.id },
      changes: [],
    });
  });

  it('rejects invalid input with field errors and changes nothing', async () => {
    const before = await counts(f);
    const bad = householdInput(f.orgId('520302-G01'));
    bad.members[0] = { ...bad.members[0]!, idNumber: '520302198001010010' };
    const err = await failure(f.as('zunyiCw').households.create(bad));
    expect(err.domainCode).toBe('VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {})).toContain('members.0.idNumber');
    const future = householdInput(f.orgId('520302-G01'));
    future.members[0] = { ...future.members[0]!, idNumber: makeIdNumber('520302', '20300101') };
    expect((await failure(f.as('zunyiCw').households.create(future))).domainCode).toBe('VALIDATION');
    const noSelf = householdInput(f.orgId('520302-G01'));
    noSelf.members[0] = { ...noSelf.members[0]!, relation: 'CHILD' };
    expect((await failure(f.as('zunyiCw').households.create(noSelf))).domainCode).toBe('VALIDATION');
    expect(await counts(f)).toEqual(before);
  });
});
