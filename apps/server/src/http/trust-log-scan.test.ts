import { hashPassword } from '@bangfu/api';
import { createFixture, type Fixture, householdInput, makeIdNumber } from '@bangfu/api/testing';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanSheet, importFile } from '../../../../packages/api/src/testing/household-import-fixture';
import { personalDataIn } from '../../../../packages/api/src/trust/authz/personal-data';
import { createLogger } from '../logger';
import { serveApi } from './serve-for-tests';

// A representative slice of the API over HTTP with the server's logger captured, every line scanned.
describe.each(driverTestTargets())('log scan on $name', (target) => {
  let f: Fixture;
  let base: string;
  let faulty: string;
  let close: () => void;
  const lines: string[] = [];
  beforeAll(async () => {
    f = await createFixture(target);
    const hash = await hashPassword('Log-scan-pass-1');
    await f.handle.db
      .updateTable('staff_user')
      .set({ password_hash: hash })
      .where('username', '=', 'zunyicw')
      .execute();
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation(((
      chunk: string | Uint8Array,
      ...rest: unknown[]
    ) => {
      const text = String(chunk);
      if (text.startsWith('{"t":')) lines.push(text);
      else (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      return true;
    }) as typeof process.stderr.write);
    // The same API over a cipher that fails echoing its input, as library errors often do.
    const crypto = {
      ...f.services.crypto,
      encrypt: (plain: string): never => {
        throw new Error(`cipher failed for "${plain}"`);
      },
    };
    const logger = createLogger('debug');
    const servers = await Promise.all([
      serveApi(f.services, { logger }),
      serveApi({ ...f.services, crypto }, { logger }),
    ]);
    [base, faulty] = servers.map((s) => s.base) as [string, string];
    close = () => {
      for (const s of servers) s.close();
    };
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    close?.();
    await f?.close();
  });

  const post = (path: string, body: unknown, cookie = '', at = base) =>
    fetch(`${at}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bangfu-csrf': '1', cookie },
      body: JSON.stringify(body),
    });
  const get = (path: string, input: unknown, cookie: string) =>
    fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } });

  it('finds planted personal data (the scanner can fail)', () => {
    const id = makeIdNumber();
    expect(personalDataIn(`{"x":"${id} 13812341234 6222020200112233445"}`)).toEqual(
      expect.arrayContaining([`id:${id}`, 'phone:13812341234', 'account:6222020200112233445']),
    );
    expect(
      personalDataIn(
        '{"id":"01a22799-c04c-7cd2-a1ed-5fe01b58b5cd","ms":1732838400000,"u":"01a22507-d500-7c1a-8535-14976238300a"}',
      ),
    ).toEqual([]);
  });

  it('logs no ID number, phone or bank account across sign-ins, bad input, imports and failures', async () => {
    const idNumber = makeIdNumber('520302', '19750505');
    // Failed sign-ins, staff and worker, with personal data typed into the credentials.
    for (const username of [idNumber, '13812341234', 'zunyicw'])
      await post('auth.signIn', { username, password: `6222020200112233445${username}` });
    await post('portal.signIn', { idNumber, pin: '138123' });
    await post('portal.activate', { idNumber, code: '13812341234' });
    const cookie = (
      (await post('auth.signIn', { username: 'zunyicw', password: 'Log-scan-pass-1' })).headers.get(
        'set-cookie',
      ) ?? ''
    ).split(';')[0]!;
    // Validation errors with ID numbers, phones and accounts in the input.
    const good = householdInput(f.orgId('520302'));
    const bad = {
      ...good,
      postalCode: idNumber,
      members: [{ ...good.members[0]!, idNumber: `${idNumber}1`, phone: '1381234123' }],
    };
    expect((await post('households.create', bad, cookie)).status).toBe(400);
    expect(
      (
        await post(
          'households.create',
          { ...good, bankAccount: { ...good.bankAccount!, accountNumber: 'x6222020200112233445' } },
          cookie,
        )
      ).status,
    ).toBe(400);
    expect((await post('households.create', good, cookie)).status).toBe(200);
    expect((await post('households.create', good, cookie)).status).toBe(409); // the same ID numbers again
    expect((await get('households.list', { q: idNumber }, cookie)).status).toBeLessThan(500);
    // An import with a clean and a broken household, dry run and for real.
    const sheet = cleanSheet(2, '520302', 'LOG');
    sheet.members[0] = { ...sheet.members[0]!, idNumber: `${idNumber.slice(0, 17)}0`, phone: '13912345678' };
    const contentBase64 = await importFile(sheet.households, sheet.members);
    expect(
      (await post('householdImport.dryRun', { fileName: 'log.xlsx', contentBase64 }, cookie)).status,
    ).toBe(200);
    expect(
      (await post('householdImport.start', { fileName: 'log.xlsx', contentBase64 }, cookie)).status,
    ).toBe(200);
    // A server-side failure: the procedure-failed path logs the cause's stack.
    const other = householdInput(f.orgId('520302'), {
      members: good.members.map((m, i) => ({ ...m, idNumber: makeIdNumber('520302', `1990010${i + 1}`) })),
    });
    expect((await post('households.create', other, cookie, faulty)).status).toBe(500);
    const found = lines.flatMap((l) => personalDataIn(l).map((p) => `${p} in ${l.slice(0, 200)}`));
    console.info(`[trust] log scan: ${lines.length} log lines scanned, ${found.length} with personal data`);
    expect(lines.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  }, 120_000);
});
