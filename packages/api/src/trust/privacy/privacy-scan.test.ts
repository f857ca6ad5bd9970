import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../../testing/errors';
import { createFixture, type Fixture, type TestUser } from '../../testing/fixture';
import { buildPrivacyWorld, type PrivacyWorld, secretsOf } from '../../testing/trust-privacy-fixture';
import { answerText, secretsFound } from './document-text';
import { PRIVACY_DOCUMENTS } from './documents';

/** The audit rows an actor has written, newest last. */
async function auditOf(f: Fixture, user: TestUser) {
  return f.handle.db
    .selectFrom('audit_event')
    .select(['action', 'entity_id', 'purpose', 'after'])
    .where('actor_id', '=', f.actor(user).userId)
    .orderBy('seq')
    .execute();
}

describe.each(driverTestTargets())('privacy scan of exports and public documents on $name', (target) => {
  let f: Fixture;
  let w: PrivacyWorld;
  let secrets: string[];
  beforeAll(async () => {
    f = await createFixture(target);
    w = await buildPrivacyWorld(f);
    secrets = secretsOf(w);
  }, 60_000);
  afterAll(() => f?.close());

  it('finds the known values when they are really there (the scan can fail)', async () => {
    const revealed = await f
      .as('zunyiCw')
      .householdImport.exportRoster({ reveal: true, purpose: 'CASE_VERIFICATION' });
    const found = secretsFound(answerText(revealed).text, secrets);
    expect(found).toEqual(expect.arrayContaining(w.households.flatMap((h) => h.idNumbers)));
  });

  it('holds no known ID number, phone or bank account in any masked export or public document', async () => {
    const leaks: string[] = [];
    let workbooks = 0;
    for (const d of PRIVACY_DOCUMENTS) {
      const before = d.user ? (await auditOf(f, d.user)).length : 0;
      const answer = await d.produce(f, w);
      const scanned = answerText(answer);
      workbooks += scanned.workbooks;
      for (const s of secretsFound(scanned.text, secrets)) leaks.push(`${d.name} as ${d.user}: ${s}`);
      const evidence = d.evidence?.(w);
      if (evidence) expect(scanned.text, `${d.name} shows the households`).toContain(evidence);
      if (d.user) {
        const written = (await auditOf(f, d.user)).slice(before);
        for (const s of secretsFound(JSON.stringify(written), secrets)) leaks.push(`${d.name} audit: ${s}`);
        expect(written.length, `${d.name} as ${d.user} audit rows`).toBe(d.audited ? 1 : 0);
      }
    }
    expect(leaks).toEqual([]);
    expect(PRIVACY_DOCUMENTS.length).toBeGreaterThanOrEqual(30);
    expect(workbooks).toBeGreaterThanOrEqual(20);
    expect(secrets).toHaveLength(21);
  });

  it('logs each reveal once, with its purpose; a refused reveal logs nothing', async () => {
    const h = w.households[0]!;
    const file = await f.as('zunyiCw').households.get({ id: h.id });
    const before = (await auditOf(f, 'zunyiCw')).length;
    for (const [i, m] of file.members.entries()) {
      const shown = await f
        .as('zunyiCw')
        .households.revealIdNumber({ householdId: h.id, memberId: m.id, purpose: 'CASE_VERIFICATION' });
      expect(shown.idNumber).toBe(h.idNumbers[i]);
    }
    const ids = (await auditOf(f, 'zunyiCw')).slice(before);
    expect(secretsFound(JSON.stringify(ids), secrets)).toEqual([]);
    expect(ids.map((r) => [r.action, r.entity_id, r.purpose])).toEqual(
      file.members.map(() => ['household.reveal_id_number', h.id, 'CASE_VERIFICATION']),
    );

    const fundBefore = (await auditOf(f, 'fundOfficer')).length;
    const bank = await f
      .as('fundOfficer')
      .households.revealBankAccount({ householdId: h.id, purpose: 'PAYMENT' });
    expect(bank.accountNumber).toBe(h.bankAccount);
    const banks = (await auditOf(f, 'fundOfficer')).slice(fundBefore);
    expect(banks.map((r) => [r.action, r.entity_id, r.purpose])).toEqual([
      ['household.reveal_bank_account', h.id, 'PAYMENT'],
    ]);

    const bijieBefore = (await auditOf(f, 'bijieCw')).length;
    const refused = await failure(
      f.as('bijieCw').households.revealIdNumber({
        householdId: h.id,
        memberId: file.members[0]!.id,
        purpose: 'CASE_VERIFICATION',
      }),
    );
    expect(refused.domainCode).toBe('NOT_FOUND');
    expect(await auditOf(f, 'bijieCw')).toHaveLength(bijieBefore);
  });
});
