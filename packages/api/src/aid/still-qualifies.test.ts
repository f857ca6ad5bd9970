import { driverTestTargets } from '@bangfu/db/testing';
import { AID_POLICY_KIND, AidPolicySchema, DEFAULT_AID_POLICY } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPolicy } from '../policies/load-policy';
import { aidCounts, filedHousehold, signedPlan } from '../testing/aid-fixture';
import { aidRequest, assessedHousehold } from '../testing/aid-recheck-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';

// Brief §2.4 / §3.2 "AIDED → AIDED: further aid (income recomputed first)", example E5.
// The fixture's clock reads 2026-11-29; L = ¥800, so 2L = ¥1,600 and E2's ¥45,000 net leaves
// room for ¥12,600 of aid a year (3 × 12 × ¥1,600 = ¥57,600).
describe.each(driverTestTargets())('aid income recheck on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
    // One programme a year for 相对 households would hide the recheck behind the stacking rule.
    await publishPolicy(f.context('admin'), {
      kind: AID_POLICY_KIND,
      schema: AidPolicySchema,
      body: { ...DEFAULT_AID_POLICY, stacking: [] },
      effectiveFrom: '2026-01-01',
    });
  });
  afterAll(() => f?.close());

  const basisOf = async (requestId: string) =>
    (
      await f.handle.db
        .selectFrom('aid_request')
        .select('rule_basis')
        .where('id', '=', requestId)
        .executeTakeFirstOrThrow()
    ).rule_basis as { recheck: unknown; policyVersion: number };

  it('E5: a ¥4,800 living aid keeps the household 相对 (PCNI ¥1,383.33), and the basis says so', async () => {
    const { householdId, assessmentId } = await assessedHousehold(f);
    const req = await f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'LIVING', 480_000));
    expect(req.status).toBe('APPROVED');
    const basis = await basisOf(req.requestId);
    expect(basis.policyVersion).toBe(1);
    expect(basis.recheck).toEqual({
      assessmentId,
      identificationPolicyVersion: 0,
      aid: [{ programme: 'LIVING', stage: 'REQUESTED', fen: 480_000 }],
      category: 'RELATIVE',
      pcniFen: 138_333,
    });
  });

  it('counts the ledger: after ¥4,800 paid, ¥7,800 more is exactly 2L, one fen more is refused', async () => {
    const { householdId } = await assessedHousehold(f);
    const first = await f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'LIVING', 480_000));
    await f.as('fundOfficer').aid.payments.pay({ requestId: first.requestId, expectedVersion: 1 });

    const before = await aidCounts(f);
    const over = await failure(
      f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'MEDICAL', 780_001, 1_000_000)),
    );
    expect(over.domainCode).toBe('RULE_VIOLATION');
    expect(over.details?.rule).toMatchObject({
      code: 'STILL_QUALIFIES',
      label: { zh: '叠加已领帮扶后仍须符合认定标准' },
    });
    const classification = over.details?.classification as {
      eligible: boolean;
      explanation: { code: string; valueFen?: number; passed?: boolean }[];
    };
    expect(classification.eligible).toBe(false);
    const line = (code: string) => classification.explanation.find((l) => l.code === code);
    expect(line('AID_COUNTED')?.valueFen).toBe(1_260_001);
    expect(line('TEST_RELATIVE')).toMatchObject({ passed: false, thresholdFen: 160_000 });
    expect(await aidCounts(f)).toEqual(before);

    const fits = await f
      .as('zunyiCw')
      .aid.payments.request(aidRequest(householdId, 'MEDICAL', 780_000, 1_000_000));
    expect(fits.status).toBe('APPROVED');
    expect(await basisOf(fits.requestId)).toMatchObject({
      recheck: {
        aid: [
          { programme: 'LIVING', stage: 'PAID', fen: 480_000 },
          { programme: 'MEDICAL', stage: 'REQUESTED', fen: 780_000 },
        ],
        category: 'RELATIVE',
        pcniFen: 160_000,
      },
    });
  });

  it('counts requests approved but not yet paid, so two requests cannot each fit', async () => {
    const { householdId } = await assessedHousehold(f);
    await f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'MEDICAL', 1_000_000, 1_250_000));
    const err = await failure(
      f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'LIVING', 260_001)),
    );
    expect((err.details?.rule as { code?: string } | undefined)?.code).toBe('STILL_QUALIFIES');
  });

  it('a payment that would lift PCNI above 2L is refused even as the first aid of the year', async () => {
    const { householdId } = await assessedHousehold(f);
    const before = await aidCounts(f);
    const err = await failure(
      f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'MEDICAL', 1_300_000, 1_700_000)),
    );
    expect([err.domainCode, (err.details?.rule as { code?: string } | undefined)?.code]).toEqual([
      'RULE_VIOLATION',
      'STILL_QUALIFIES',
    ]);
    expect(await aidCounts(f)).toEqual(before);
  });

  it('aid that does not count as income is not rechecked', async () => {
    const { householdId } = await assessedHousehold(f);
    const req = await f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'LEGAL', 5_000_000));
    expect((await basisOf(req.requestId)).recheck).toBe('NOT_COUNTED_AS_INCOME');
  });

  it('an imported file without an assessment skips the check and says so', async () => {
    const householdId = await filedHousehold(f);
    await signedPlan(f, householdId);
    const req = await f.as('zunyiCw').aid.payments.request(aidRequest(householdId, 'LIVING', 480_000));
    expect(req.status).toBe('APPROVED');
    expect((await basisOf(req.requestId)).recheck).toBe('NO_ASSESSMENT_ON_FILE');
  });
});
