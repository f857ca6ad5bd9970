import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, signIn } from './support/api';
import { hhgOrgId } from './support/households';
import { importWorkbook } from './support/import-file';
import { moneyFacts } from './support/ledger-checks';
import {
  approvedClaims,
  type FestivalProgress,
  festivalProgress,
  finished,
  importProgress,
  killWhen,
  waitFor,
} from './support/money';
import { freePort, freshDataDir, LONG, type RunningServer, removeDir, startServer } from './support/server';

// Crashes in the middle of money and imports on one built server (PGlite, demo province of 300
// households): SIGKILL mid Excel import, mid 送温暖 batch, mid claim-payment burst; one key ×50.
const IMPORT_HOUSEHOLDS = LONG ? 10_000 : 3_000;
const CLAIMS = LONG ? 40 : 12;
const SAME_KEY_CALLS = 50;
const PREFIX = `T${Date.now().toString(36)}-`;
const YEAR = new Date().getFullYear();

describe.sequential('money and imports survive SIGKILL; one key, one payment', () => {
  let dataDir: string;
  let port: number;
  let server: RunningServer;
  let cw: Session;
  let fo: Session;
  let orgId: string;
  const ids = { campaignId: '', requestId: '', claimIds: [] as string[] };
  const figures: Record<string, unknown> = {};
  const sessions = async () => {
    cw = await signIn(server.baseUrl, 'zunyi.cw');
    fo = await signIn(server.baseUrl, 'fund.officer');
  };
  const restart = async () => {
    server = await startServer({ dataDir }, port);
    await sessions();
  };
  const auditOk = async () =>
    (await signIn(server.baseUrl, 'auditor')).query<{ ok: boolean; checked: number }>('audit.verify');

  beforeAll(async () => {
    dataDir = await freshDataDir();
    port = await freePort();
    server = await startServer({ dataDir }, port);
    await sessions();
    orgId = await hhgOrgId(cw);
  });
  afterAll(async () => {
    console.log('[trust] money-crash', figures);
    await server?.stop();
    await removeDir(dataDir);
  });

  it(`${SAME_KEY_CALLS} concurrent aid requests with one key: one request, identical answers; another payload is refused`, async () => {
    const list = await cw.query<{ items: { id: string }[] }>('households.list', {
      status: 'FILED',
      limit: 1,
    });
    const input = {
      idempotencyKey: `${PREFIX}aid`,
      householdId: list.items[0]?.id,
      programme: 'TEMPORARY_RELIEF',
      amountFen: 50_000,
      fundingSource: 'CENTRAL_SPECIAL',
      note: '临时救助(并发幂等检查)',
    };
    type Requested = { requestId: string; status: string; version: number; duplicate: boolean };
    const answers = await Promise.all(
      Array.from({ length: SAME_KEY_CALLS }, () => cw.attempt<Requested>('aid.payments.request', input)),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const shapes = new Set(answers.map(({ data: d }) => `${d?.requestId}|${d?.status}|${d?.version}`));
    expect(shapes.size).toBe(1);
    expect(answers.filter((a) => a.data?.duplicate === false)).toHaveLength(1);
    ids.requestId = answers[0]?.data?.requestId as string;
    const other = await cw.attempt('aid.payments.request', { ...input, amountFen: 40_000 });
    expect(other.domainCode).toBe('IDEMPOTENCY_MISMATCH');
    // Paying the one request 50 times at once: one ledger entry (checked in the data at the end).
    const pays = await Promise.all(
      Array.from({ length: SAME_KEY_CALLS }, () =>
        fo.attempt('aid.payments.pay', { requestId: ids.requestId, expectedVersion: 1 }),
      ),
    );
    const outcomes = pays.map((p) => p.domainCode ?? String(p.status));
    expect(outcomes.filter((o) => o === '200')).toHaveLength(1);
    figures.sameKey = { requests: SAME_KEY_CALLS, pays: SAME_KEY_CALLS, refusedPays: new Set(outcomes) };
  });

  it(`SIGKILL mid import of ${IMPORT_HOUSEHOLDS} households: all or none, INTERRUPTED, re-import succeeds once`, async () => {
    const file = await importWorkbook(IMPORT_HOUSEHOLDS, PREFIX);
    const upload = { fileName: `${PREFIX}.xlsx`, contentBase64: file.contentBase64 };
    const { importId } = await cw.mutate<{ importId: string }>('householdImport.start', upload);
    // The check and the write run in one transaction that holds the embedded database; polls are
    // still answered (session and progress from memory), so the kill lands mid write, with some
    // chunks of households inserted in the open transaction.
    const seen = new Set<string>();
    const atKill = await killWhen(
      server,
      async () => {
        const p = await importProgress(cw, importId);
        seen.add(`${p.phase}:${p.done}`);
        return p;
      },
      (p) => p.status === 'RUNNING' && p.phase === 'WRITE' && p.done > 0 && p.done < p.total,
      { over: (p) => p.status !== 'RUNNING' },
    );
    expect(atKill).toMatchObject({ status: 'RUNNING', phase: 'WRITE' });
    await restart();
    expect((await importProgress(cw, importId)).status).toBe('INTERRUPTED');
    // Any household of the file still on record would make the re-import fail on its ID numbers.
    const again = await cw.mutate<{ importId: string }>('householdImport.start', upload);
    const done = await waitFor(() => importProgress(cw, again.importId), finished);
    expect(done).toMatchObject({ status: 'DONE', households: IMPORT_HOUSEHOLDS });
    const third = await cw.mutate<{ importId: string }>('householdImport.start', upload);
    const refused = await waitFor(() => importProgress(cw, third.importId), finished);
    expect(refused.status).toBe('FAILED');
    expect(refused.report?.problemCount).toBeGreaterThanOrEqual(2 * IMPORT_HOUSEHOLDS);
    const audit = await auditOk();
    expect(audit.ok).toBe(true);
    figures.import = { households: IMPORT_HOUSEHOLDS, killedAt: atKill.done, progressSeen: [...seen], audit };
  });

  it('SIGKILL mid 送温暖 batch: at most one entry per item, pay again completes, ledger reconciles', async () => {
    const amounts = {
      DIBAO: 50_000,
      DIBAO_EDGE: 40_000,
      ACCIDENT_2016: 30_000,
      DEEP: 50_000,
      RELATIVE: 40_000,
    };
    // The county's filed households are fewer than one chunk (500): the imported drafts join the
    // list so the kill lands after some committed chunks (送温暖 needs no file, brief §6).
    const created = await cw.mutate<{ id: string; version: number }>('festival.create', {
      orgId,
      name: `${PREFIX}送温暖`,
      festival: 'OTHER',
      year: YEAR,
      amounts: { ...amounts, ACCIDENT: 30_000 },
      eligibleStatuses: ['DRAFT', 'FILED', 'AIDED'],
      fundingSource: 'CENTRAL_SPECIAL',
    });
    ids.campaignId = created.id;
    const step = { campaignId: created.id };
    const listed = await cw.mutate<{ version: number }>('festival.buildList', {
      ...step,
      expectedVersion: created.version,
    });
    const reviewer = await signIn(server.baseUrl, 'hhg.reviewer');
    await reviewer.mutate('festival.approve', { ...step, expectedVersion: listed.version });
    // festival.pay starts the batch in the background and answers at once, before it is done;
    // requests go before the batch's chunks on the embedded database, so the polls see it move.
    const started = await fo.mutate<FestivalProgress>('festival.pay', step);
    expect(started.status).toBe('PAYING');
    expect(started.paid).toBeLessThan(started.total);
    const paidSeen = new Set<number>([started.paid]);
    const atKill = await killWhen(
      server,
      async () => {
        const p = await festivalProgress(fo, created.id);
        paidSeen.add(p.paid);
        return p;
      },
      (p) => p.status === 'PAYING' && p.paid > 0,
      { everyMs: 50, over: (p) => p.status !== 'PAYING' },
    );
    expect(atKill.paid).toBeLessThan(atKill.total);
    await restart();
    const resumed = await festivalProgress(fo, created.id);
    expect(resumed.status).toBe('PAYING');
    expect(resumed.paid % 500, 'a chunk commits whole or not at all').toBe(0);
    await fo.mutate('festival.pay', step);
    const paid = await waitFor<FestivalProgress>(
      () => festivalProgress(fo, created.id),
      (p) => p.status !== 'PAYING',
    );
    expect(paid).toMatchObject({ status: 'PAID', paid: paid.total });
    figures.festival = {
      items: paid.total,
      answeredPay: started.paid,
      paidSeen: [...paidSeen],
      paidBeforeKill: resumed.paid,
      paidFen: paid.paidFen,
    };
  });

  it(`SIGKILL during a burst of ${CLAIMS} claim payments, retried after restart: one payout each`, async () => {
    const claims = await approvedClaims(cw, fo, CLAIMS, PREFIX);
    ids.claimIds = claims.map((c) => c.id);
    const acked = new Set<string>();
    const queue = [...claims];
    const killAt = Math.ceil(CLAIMS / 3);
    const writers = Array.from({ length: 4 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        if (acked.size >= killAt && server.child.signalCode === null) await server.kill();
        const r = await fo
          .attempt('claims.pay', { claimId: c.id, expectedVersion: c.version })
          .catch(() => ({ status: 0 }));
        if (r.status === 200) acked.add(c.id);
      }
    });
    await Promise.all(writers);
    if (server.child.signalCode === null) await server.kill();
    await restart();
    let duplicates = 0;
    for (const c of claims) {
      const r = await fo.mutate<{ duplicate: boolean }>('claims.pay', {
        claimId: c.id,
        expectedVersion: c.version,
      });
      if (r.duplicate) duplicates += 1;
    }
    expect(duplicates).toBeGreaterThanOrEqual(acked.size);
    figures.claims = { claims: CLAIMS, ackedBeforeKill: acked.size, retried: CLAIMS, duplicates };
  });

  it('after all the kills: the audit chain verifies and the data holds every invariant', async () => {
    const audit = await auditOk();
    expect(audit.ok).toBe(true);
    type Balances = { byHousehold: { householdId: string; paidFen: number }[] };
    const balances = await fo.query<Balances>('aid.ledger.balances', { orgId, year: YEAR });
    await server.stop();
    const facts = await moneyFacts(dataDir, { ...ids, importPrefix: PREFIX, year: YEAR });
    expect(facts.aidEntriesOfRequest).toBe(1);
    expect(facts.importedHouseholds).toBe(IMPORT_HOUSEHOLDS);
    expect(facts.festival).toMatchObject({ badItems: 0, paid: facts.festival.items });
    expect(facts.festival.entries).toBe(facts.festival.items);
    const fromBalances = new Map(balances.byHousehold.map((b) => [b.householdId, b.paidFen]));
    let compared = 0;
    for (const [householdId, fen] of facts.ledgerByHousehold) {
      expect(fromBalances.get(householdId), householdId).toBe(fen);
      compared += 1;
    }
    expect(compared).toBe(facts.festival.items);
    expect(facts.claims).toMatchObject({ claims: CLAIMS, paid: CLAIMS, payouts: CLAIMS, badClaims: 0 });
    expect(facts.claims.payoutFen).toBe(facts.claims.approvedFen);
    figures.final = { audit, festival: facts.festival, claims: facts.claims, balancesCompared: compared };
  });
});
