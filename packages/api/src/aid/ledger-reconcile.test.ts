import { withTransaction } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { AidProgramme, FundingSource } from '@bangfu/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filedHousehold, freshKey } from '../testing/aid-fixture';
import { createFixture, type Fixture } from '../testing/fixture';
import { recordPayment } from './record-payment';

interface Line {
  household: string;
  programme: string;
  funding: string;
  amountFen: number;
}
type Totals = { paidFen: number; recoveredFen: number; netFen: number };

/** The model: totals folded by hand, independent of the code under test. */
function fold(lines: readonly Line[], key: (l: Line) => string): Record<string, Totals> {
  const out: Record<string, Totals> = {};
  for (const l of lines) {
    const k = key(l);
    out[k] = out[k] ?? { paidFen: 0, recoveredFen: 0, netFen: 0 };
    const t = out[k];
    if (l.amountFen > 0) t.paidFen += l.amountFen;
    else t.recoveredFen += -l.amountFen;
    t.netFen += l.amountFen;
  }
  return out;
}

const op = fc.oneof(
  fc.record({
    kind: fc.constant('pay' as const),
    h: fc.nat(2),
    programme: fc.constantFrom(...AidProgramme.values),
    funding: fc.constantFrom(...FundingSource.values),
    amountFen: fc.integer({ min: 1, max: 5_000_000 }),
  }),
  fc.record({ kind: fc.constant('recover' as const), h: fc.nat(2) }),
  fc.record({ kind: fc.constant('settle' as const), pick: fc.nat(50) }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

// Balances must add up per household, programme and funding source whatever order money moves in.
describe.each(driverTestTargets())('ledger reconciliation on $name', (target) => {
  let f: Fixture;
  let households: string[];
  const model: Line[] = [];
  beforeAll(async () => {
    f = await createFixture(target);
    // 毕节 only: the rest of this file writes nowhere else, so its balances are the model's.
    households = [];
    for (let i = 0; i < 3; i++) households.push(await filedHousehold(f, { org: '520502-G01' }));
  });
  afterAll(() => f?.close());

  async function run(step: Op): Promise<void> {
    if (step.kind === 'pay') {
      const household = households[step.h]!;
      await withTransaction(f.services.db, (trx) =>
        recordPayment(trx, f.context('fundOfficer'), {
          idempotencyKey: freshKey(),
          householdId: household,
          programme: step.programme,
          amountFen: step.amountFen,
          fundingSource: step.funding,
          paidOn: '2026-06-01',
          basis: { clause: 'property test' },
        }),
      );
      model.push({ household, programme: step.programme, funding: step.funding, amountFen: step.amountFen });
    } else if (step.kind === 'recover') {
      await f
        .as('admin')
        .aid.recoveries.open({ householdId: households[step.h]!, reason: '更正', source: 'CORRECTION' });
    } else {
      const due = await f.as('admin').aid.recoveries.list({ status: 'DUE', limit: 200 });
      const r = due[step.pick % Math.max(due.length, 1)];
      if (!r) return;
      const { entryId } = await f.as('fundOfficer').aid.recoveries.settle({
        recoveryId: r.id,
        expectedVersion: r.version,
        settledOn: '2026-07-01',
      });
      const e = await f.handle.db
        .selectFrom('aid_ledger_entry')
        .select(['programme', 'funding_source', 'amount_fen'])
        .where('id', '=', entryId)
        .executeTakeFirstOrThrow();
      expect(e.amount_fen).toBe(-r.amountFen);
      model.push({
        household: r.householdId,
        programme: e.programme,
        funding: e.funding_source,
        amountFen: e.amount_fen,
      });
    }
  }

  it('paid − recovered = net, and every view sums to the total', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 12, size: 'max' }), async (steps) => {
        for (const step of steps) await run(step);
        const b = await f.as('auditor').aid.ledger.balances({ orgId: f.orgId('520500'), year: 2026 });
        const pick = ({ paidFen, recoveredFen, netFen }: Totals) => ({ paidFen, recoveredFen, netFen });
        expect(pick(b.total)).toEqual(
          fold(model, () => 'all').all ?? { paidFen: 0, recoveredFen: 0, netFen: 0 },
        );
        const asMap = <T>(rows: T[], key: (r: T) => string) =>
          Object.fromEntries(rows.map((r) => [key(r), pick(r as Totals)]));
        expect(asMap(b.byHousehold, (r) => r.householdId)).toEqual(fold(model, (l) => l.household));
        expect(asMap(b.byProgramme, (r) => r.programme)).toEqual(fold(model, (l) => l.programme));
        expect(asMap(b.byFundingSource, (r) => r.fundingSource)).toEqual(fold(model, (l) => l.funding));
        for (const view of [b.byHousehold, b.byProgramme, b.byFundingSource]) {
          expect(view.reduce((s, r) => s + r.netFen, 0)).toBe(b.total.netFen);
          expect(view.reduce((s, r) => s + r.paidFen - r.recoveredFen, 0)).toBe(b.total.netFen);
        }
      }),
      { numRuns: 8 },
    );
  });
});
