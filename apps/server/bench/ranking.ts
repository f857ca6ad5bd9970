// The product's own adapters: the bench loads a household's match input and a prefecture's
// positions exactly as matching.forHousehold does.
import {
  businessDate,
  loadMemberSkills,
  membersByHousehold,
  POSITION_BOUND,
  prefectureCode,
  toMatchHousehold,
  toPositionDto,
} from '@bangfu/api';
import type { Database } from '@bangfu/db';
import { listMatchMembers, listPositionPage } from '@bangfu/db';
import {
  DEFAULT_MATCH_POLICY,
  MATCHABLE_STATUSES,
  type MatchHousehold,
  type MatchPosition,
  rankPositions,
} from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { say } from './progress';

/** Households loaded per round trip (members and skills are fetched for the same batch). */
const BATCH = 2_000;
/** No more households than this are loaded, whatever the seed holds. */
const MAX_HOUSEHOLDS = 5_000_000;

export interface RankingResult {
  readonly asOf: string;
  readonly households: number;
  readonly members: number;
  readonly prefectures: number;
  /** Listed positions per prefecture, as ranked (at most POSITION_BOUND each). */
  readonly positionsByPrefecture: Record<string, number>;
  /** Loading every household's match input and each prefecture's positions, in seconds. */
  readonly loadSeconds: number;
  /** rankPositions over every household, in seconds. */
  readonly rankSeconds: number;
  readonly householdsPerSecond: number;
  /** Household × position pairs considered by the ranking. */
  readonly pairs: number;
  /** Ranked (household, position) results returned in all, and households with at least one. */
  readonly rankedResults: number;
  readonly householdsWithMatches: number;
  /** The same loop over the same data, touching every member and position but not ranking. */
  readonly floorSeconds: number;
  readonly floorHouseholdsPerSecond: number;
  /** rankSeconds ÷ floorSeconds. */
  readonly ratio: number;
}

interface Loaded {
  households: MatchHousehold[];
  prefectureOf: string[];
  positions: Map<string, MatchPosition[]>;
  members: number;
}

async function loadInputs(db: Kysely<Database>, asOf: string): Promise<Loaded> {
  const households: MatchHousehold[] = [];
  const prefectureOf: string[] = [];
  const positions = new Map<string, MatchPosition[]>();
  let members = 0;
  let after = '00000000-0000-0000-0000-000000000000'; // ids are UUIDs; every one sorts after this
  for (let round = 0; households.length < MAX_HOUSEHOLDS; round++) {
    const rows = await db
      .selectFrom('household')
      .select(['id', 'division_code', 'monthly_income_fen', 'member_count'])
      .where('status', 'in', [...MATCHABLE_STATUSES])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id ?? after;
    const memberRows = await listMatchMembers(db, { householdIds: rows.map((r) => r.id) });
    const skills = await loadMemberSkills(db, memberRows);
    const byHousehold = membersByHousehold(memberRows);
    members += memberRows.length;
    for (const h of rows) {
      const pref = prefectureCode(h.division_code);
      if (!positions.has(pref)) {
        // Once per prefecture, as matching.forHousehold loads them for one household.
        const listed = await listPositionPage(db, {
          divisionCode: pref,
          listedOn: asOf,
          limit: POSITION_BOUND,
        });
        positions.set(
          pref,
          listed.slice(0, POSITION_BOUND).map((r) => toPositionDto(r, asOf)),
        );
      }
      households.push(toMatchHousehold(h, byHousehold.get(h.id) ?? [], asOf, skills));
      prefectureOf.push(pref);
    }
    if (round % 20 === 19) say(`    loaded ${households.length.toLocaleString('en')} households`);
  }
  return { households, prefectureOf, positions, members };
}

/** 送岗到户 for the whole province: rankPositions for every filed household against its prefecture's positions. */
export async function measureRanking(db: Kysely<Database>): Promise<RankingResult> {
  const asOf = businessDate(new Date());
  say(`  ranking: loading every ${MATCHABLE_STATUSES.join('/')} household's match input (as of ${asOf})`);
  const t0 = performance.now();
  const data = await loadInputs(db, asOf);
  const loadSeconds = (performance.now() - t0) / 1000;
  const n = data.households.length;
  if (n === 0) throw new Error('ranking: no filed household in the seed');
  const positionsFor = (i: number): MatchPosition[] => data.positions.get(data.prefectureOf[i] ?? '') ?? [];

  // The floor: the same walk over the loaded data, reading each member and position once.
  let sink = 0;
  const f0 = performance.now();
  for (let i = 0; i < n; i++) {
    const h = data.households[i] as MatchHousehold;
    for (const m of h.members) sink += m.age;
    for (const p of positionsFor(i)) sink += p.salaryMinFen & 1;
  }
  const floorSeconds = (performance.now() - f0) / 1000;

  let rankedResults = 0;
  let householdsWithMatches = 0;
  let pairs = 0;
  const r0 = performance.now();
  for (let i = 0; i < n; i++) {
    const ps = positionsFor(i);
    pairs += ps.length;
    const ranked = rankPositions(data.households[i] as MatchHousehold, ps, DEFAULT_MATCH_POLICY, asOf);
    rankedResults += ranked.length;
    if (ranked.length > 0) householdsWithMatches++;
  }
  const rankSeconds = (performance.now() - r0) / 1000;
  if (sink === -1) say('unreachable'); // keeps the floor loop's reads observable

  const positionsByPrefecture = Object.fromEntries([...data.positions].map(([k, v]) => [k, v.length]));
  const result: RankingResult = {
    asOf,
    households: n,
    members: data.members,
    prefectures: data.positions.size,
    positionsByPrefecture,
    loadSeconds,
    rankSeconds,
    householdsPerSecond: n / rankSeconds,
    pairs,
    rankedResults,
    householdsWithMatches,
    floorSeconds,
    floorHouseholdsPerSecond: n / floorSeconds,
    ratio: rankSeconds / floorSeconds,
  };
  say(
    `    ${n.toLocaleString('en')} households (${data.members.toLocaleString('en')} members) in ${data.positions.size} prefectures ` +
      `loaded in ${loadSeconds.toFixed(1)} s; positions per prefecture ${JSON.stringify(positionsByPrefecture)}`,
  );
  say(
    `    rankPositions: ${rankSeconds.toFixed(2)} s, ${Math.round(result.householdsPerSecond).toLocaleString('en')} households/s ` +
      `(${pairs.toLocaleString('en')} household×position pairs, ${rankedResults.toLocaleString('en')} ranked results, ` +
      `${householdsWithMatches.toLocaleString('en')} households with a match); floor ${(floorSeconds * 1000).toFixed(1)} ms, ` +
      `ratio ${result.ratio.toFixed(0)}×`,
  );
  return result;
}
