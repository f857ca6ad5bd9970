import { driverTestTargets } from '@bangfu/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, householdInput } from '../testing/fixture';

describe.each(driverTestTargets())('audit chain on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
    for (let i = 0; i < 3; i++)
      await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
  });
  afterAll(() => f?.close());

  it('verifies an untouched chain', async () => {
    const result = await f.as('auditor').audit.verify();
    expect(result).toEqual({ ok: true, checked: 3, firstBrokenSeq: null });
  });

  it('finds the first tampered event, whether its content or its link was changed', async () => {
    const rows = await f.handle.db
      .selectFrom('audit_event')
      .select(['seq', 'after'])
      .orderBy('seq')
      .execute();
    const second = rows[1]!;
    await sql`update audit_event set after = jsonb_set(after, '{address}', '"篡改"') where seq = ${second.seq}`.execute(
      f.handle.db,
    );
    expect(await f.as('auditor').audit.verify()).toEqual({
      ok: false,
      checked: 1,
      firstBrokenSeq: second.seq,
    });
    await sql`update audit_event set after = ${JSON.stringify(second.after)}::jsonb where seq = ${second.seq}`.execute(
      f.handle.db,
    );
    expect((await f.as('auditor').audit.verify()).ok).toBe(true);
    // Deleting an event breaks the link of the one after it.
    await sql`delete from audit_event where seq = ${second.seq}`.execute(f.handle.db);
    expect(await f.as('auditor').audit.verify()).toEqual({
      ok: false,
      checked: 1,
      firstBrokenSeq: rows[2]!.seq,
    });
  });

  it('is for auditors and admins only', async () => {
    expect((await failure(f.as('zunyiCw').audit.verify())).domainCode).toBe('FORBIDDEN');
  });
});
