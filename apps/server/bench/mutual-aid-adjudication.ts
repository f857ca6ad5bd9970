import type { AppServices } from '@bangfu/api';
import type { Database } from '@bangfu/db';
import {
  type AdjudicationMember,
  type AdjudicationResult,
  adjudicateClaim,
  type Claim,
  type ClaimHistory,
  type MutualAidScheme,
  MutualAidSchemeSchema,
  type Sex,
} from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { DEMO_PASSWORD } from '../src/cli/provision';
import type { QueryRecorder } from './capture';
import { signIn } from './http-client';
import { type EndpointResult, runEndpoint } from './ident-aid/endpoint-floor';
import { httpQuery } from './ident-aid/trpc-call';
import { ms, say } from './progress';

/** The seeded term (packages/db/src/seed/mutual-aid): the article's figures are those of 2016. */
const TERM_YEAR = 2016;
const BATCH = 20_000;
/** The loops repeat over the year's claims until each has run this long, for a stable rate. */
const MIN_LOOP_MS = 1_000;

interface LoadedClaim {
  scheme: MutualAidScheme;
  member: AdjudicationMember;
  body: Claim;
  history: ClaimHistory;
  storedFen: number;
}

export interface MutualAidBenchResult {
  readonly claims: number;
  readonly members: number;
  readonly loadSeconds: number;
  /** adjudicateClaim over every claim, repeated `rounds` times. */
  readonly rounds: number;
  readonly claimsPerSecond: number;
  /** The same loop reading each claim's body, member and history, adjudicating nothing. */
  readonly floorClaimsPerSecond: number;
  /** Floor rate ÷ adjudication rate: how much dearer adjudicating is than reading. */
  readonly ratio: number;
  /** Claims whose recomputed payout differs from the stored one (0 expected). */
  readonly mismatches: number;
  readonly statistics: EndpointResult;
  readonly statisticsTotal: unknown;
}

/** Every claim of the term with its enrolment's facts and the member's earlier claims, as filing sees them. */
async function loadClaims(db: Kysely<Database>): Promise<LoadedClaim[]> {
  const schemeRows = await db.selectFrom('ma_scheme').select(['id', 'body']).execute();
  const schemes = new Map(schemeRows.map((r) => [r.id, MutualAidSchemeSchema.parse(r.body)]));
  const out: LoadedClaim[] = [];
  const histories = new Map<string, ClaimHistory>();
  let after = { date: '1900-01-01', id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const rows = await db
      .selectFrom('ma_claim as c')
      .innerJoin('ma_enrolment as e', 'e.id', 'c.enrolment_id')
      .innerJoin('ma_member as m', 'm.id', 'c.member_id')
      .select([
        'c.id',
        'c.member_id',
        'c.scheme_id',
        'c.scheme_code',
        'c.event_date',
        'c.body',
        'c.payable_fen',
      ])
      .select('c.adjudication')
      .select(['e.hardship', 'e.enrolled_on', 'e.first_enrolment', 'e.cover_from', 'e.cover_to'])
      .select(['m.sex', 'm.birth_date'])
      .where('c.term_year', '=', TERM_YEAR)
      .where((eb) =>
        eb.or([
          eb('c.event_date', '>', after.date),
          eb.and([eb('c.event_date', '=', after.date), eb('c.id', '>', after.id)]),
        ]),
      )
      .orderBy('c.event_date')
      .orderBy('c.id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return out;
    const last = rows[rows.length - 1];
    if (last) after = { date: last.event_date, id: last.id };
    for (const r of rows) {
      const scheme = schemes.get(r.scheme_id);
      if (!scheme) throw new Error(`claim ${r.id}: no scheme ${r.scheme_id}`);
      const key = `${r.member_id}/${r.scheme_code}`;
      const history = histories.get(key) ?? [];
      const body = r.body as Claim;
      const member = {
        hardship: r.hardship,
        enrolledOn: r.enrolled_on,
        firstEnrolment: r.first_enrolment,
        sex: r.sex as Sex,
        birthDate: r.birth_date,
        coverFrom: r.cover_from,
        coverTo: r.cover_to,
      };
      out.push({ scheme, member, body, history: [...history], storedFen: Number(r.payable_fen) });
      // As loadClaimHistory gives it to adjudication when a claim is filed.
      history.push({
        planCode: body.planCode,
        paidFen: Number(r.payable_fen),
        baseFen: (r.adjudication as AdjudicationResult).countedBaseFen ?? 0,
        date: r.event_date,
        ...(body.icd10 ? { icd10: body.icd10 } : {}),
      });
      histories.set(key, history);
    }
  }
}

/** Runs `pass` over all claims until MIN_LOOP_MS has passed; returns claims per second. */
function rate(
  claims: readonly LoadedClaim[],
  pass: (c: LoadedClaim) => number,
): { perSecond: number; rounds: number } {
  let rounds = 0;
  let sink = 0;
  const t0 = performance.now();
  do {
    for (const c of claims) sink += pass(c);
    rounds++;
  } while (performance.now() - t0 < MIN_LOOP_MS);
  const seconds = (performance.now() - t0) / 1000;
  if (sink === -1) say('unreachable'); // keeps the loop's work observable
  return { perSecond: (claims.length * rounds) / seconds, rounds };
}

/**
 * Issue 5 at the article's scale: adjudicateClaim over a year of claims of the 724,800 seeded
 * members (claims/s) next to a loop that only reads them, and `claims.fund.statistics` for the
 * province over HTTP next to its raw-SQL floor (the three aggregate queries it runs, replayed).
 */
export async function measureMutualAid(
  input: { services: AppServices; base: string; checkerBase: string; recorder: QueryRecorder },
  opts: { warmup: number; requests: number; explain: boolean },
): Promise<MutualAidBenchResult> {
  const db = input.services.db;
  say('  mutual aid (issue 5)');
  const t0 = performance.now();
  const claims = await loadClaims(db);
  const loadSeconds = (performance.now() - t0) / 1000;
  if (claims.length === 0) throw new Error('mutual aid: no claims in the seed');
  const members = await db
    .selectFrom('ma_enrolment')
    .select((eb) => eb.fn.count<number>('member_id').distinct().as('n'))
    .where('term_year', '=', TERM_YEAR)
    .executeTakeFirstOrThrow();
  const mismatches = claims.filter(
    (c) => adjudicateClaim(c.scheme, c.member, c.body, c.history).payableFen !== c.storedFen,
  ).length;
  const floor = rate(
    claims,
    (c) => c.body.policyScopeSelfPayFen + c.history.length + (c.member.hardship ? 1 : 0),
  );
  const run = rate(claims, (c) => adjudicateClaim(c.scheme, c.member, c.body, c.history).payableFen);
  say(
    `    ${claims.length.toLocaleString('en')} claims of ${Number(members.n).toLocaleString('en')} members loaded in ` +
      `${loadSeconds.toFixed(1)} s; adjudicateClaim ${Math.round(run.perSecond).toLocaleString('en')} claims/s ` +
      `(${run.rounds} rounds), reading only ${Math.round(floor.perSecond).toLocaleString('en')} claims/s, ` +
      `ratio ${(floor.perSecond / run.perSecond).toFixed(0)}×; ${mismatches} payouts differ from the stored ones`,
  );

  const officer = 'fund.officer';
  const statsInput = { year: TERM_YEAR };
  const signInBoth = async (username: string) => ({
    timed: await signIn(input.base, username, DEMO_PASSWORD),
    checker: await signIn(input.checkerBase, username, DEMO_PASSWORD),
  });
  const statistics = await runEndpoint(
    {
      id: 'ma',
      label: 'fund statistics, province, 2016',
      username: officer,
      path: 'claims.fund.statistics',
      input: statsInput,
      floorOf: (qs) => qs.filter((q) => /"ma_(enrolment|contribution|claim)"/.test(q.sql)),
      floorLabel: 'the enrolment, contribution and claim aggregates',
      warmup: opts.warmup,
      requests: opts.requests,
    },
    {
      db,
      base: input.base,
      checkerBase: input.checkerBase,
      recorder: input.recorder,
      signIn: signInBoth,
      explain: opts.explain,
    },
  );
  const answer = await httpQuery<{ total: unknown }>(
    input.base,
    (await signInBoth(officer)).timed,
    'claims.fund.statistics',
    statsInput,
  );
  say(`    statistics total: ${JSON.stringify(answer.total)}`);
  return {
    claims: claims.length,
    members: Number(members.n),
    loadSeconds,
    rounds: run.rounds,
    claimsPerSecond: run.perSecond,
    floorClaimsPerSecond: floor.perSecond,
    ratio: floor.perSecond / run.perSecond,
    mismatches,
    statistics,
    statisticsTotal: answer.total,
  };
}

/** One Markdown paragraph for docs/performance.md. */
export function mutualAidLine(r: MutualAidBenchResult): string {
  const s = r.statistics;
  return (
    `Mutual aid (issue 5): adjudicateClaim over the year's ${r.claims.toLocaleString('en')} claims of ` +
    `${r.members.toLocaleString('en')} members: ${Math.round(r.claimsPerSecond).toLocaleString('en')} claims/s; ` +
    `reading them only: ${Math.round(r.floorClaimsPerSecond).toLocaleString('en')} claims/s (ratio ${r.ratio.toFixed(0)}×; ` +
    `${r.mismatches} stored payouts differ). \`claims.fund.statistics\` for the province, p50 / p95: HTTP ` +
    `${ms(s.http.p50)} / ${ms(s.http.p95)} ms, its ${s.floorQueries} SQL queries ${ms(s.sql.p50)} / ${ms(s.sql.p95)} ms ` +
    `(${s.ratio.p50.toFixed(1)}× at p50).`
  );
}
