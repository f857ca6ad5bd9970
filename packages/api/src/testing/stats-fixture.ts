import { newId } from '@bangfu/db';
import { sql } from 'kysely';
import type { Fixture } from './fixture';

/** Reproducible choices for the random sequences (mulberry32). */
export function prng(seed: number): { int: (n: number) => number; pick: <T>(xs: readonly T[]) => T } {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: (xs) => xs[int(xs.length)] as (typeof xs)[number] };
}

const ON_FILE = sql`('FILED', 'AIDED', 'UNDER_REVIEW')`;

/** The dashboards' figures counted directly from the raw tables of a subtree. */
export async function directCounts(f: Fixture, path: string) {
  const like = `${path}%`;
  const db = f.handle.db;
  const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows;
  return {
    byStatusCategoryCause: await one<{
      status: string;
      category: string;
      cause: string;
      h: number;
      p: number;
      skilled: number;
    }>(
      sql`select status, category, main_cause as cause, count(*)::int8 as h, sum(member_count)::int8 as p,
                 count(*) filter (where exists (select 1 from member_skill_grade g where g.household_id = household.id))::int8 as skilled
            from household where org_path like ${like} group by 1, 2, 3 order by 1, 2, 3`,
    ),
    flows: await one<{ year: number; flow: string; h: number }>(
      sql`select extract(year from (s.at at time zone 'Asia/Shanghai'))::int as year,
                 case s.event when 'APPROVE' then 'FILED' when 'CANCEL' then 'CANCELLED' else 'EXITED' end as flow,
                 count(*)::int8 as h
            from ident_step s join household h on h.id = s.household_id
           where h.org_path like ${like}
             and (s.event = 'APPROVE' or (s.event in ('EXIT_TUOKUN', 'EXIT_JIEKUN', 'CANCEL') and s.from_status in ${ON_FILE}))
           group by 1, 2 order by 1, 2`,
    ),
    aid: await one<{ programme: string; funding_source: string; amount: number; payments: number }>(
      sql`select programme, funding_source, sum(amount_fen)::int8 as amount, count(*) filter (where kind = 'PAYMENT')::int8 as payments
            from aid_ledger_entry where org_path like ${like} group by 1, 2 order by 1, 2`,
    ),
    fund: await one<{ kind: string; payer: string; amount: number; n: number }>(
      sql`select kind, coalesce(payer, '') as payer, sum(amount_fen)::int8 as amount, count(*)::int8 as n
            from ma_fund_entry where org_path like ${like} group by 1, 2 order by 1, 2`,
    ),
    trained: Number(
      (
        await one<{ n: number }>(
          sql`select count(*)::int8 as n from training_enrollment e join household h on h.id = e.household_id
               where h.org_path like ${like} and e.status = 'COMPLETED'`,
        )
      )[0]?.n,
    ),
    placements: (
      await one<{ placed: number; checked: number; retained: number }>(
        sql`select count(*)::int8 as placed, count(p.retained)::int8 as checked, count(*) filter (where p.retained)::int8 as retained
              from placement p join household h on h.id = p.household_id where h.org_path like ${like}`,
      )
    )[0],
  };
}

/** A placement written straight to the table (the triggers count every writer, not only the API). */
export async function insertPlacement(
  f: Fixture,
  householdId: string,
  employerId: string,
  startDate: string,
) {
  const member = await f.handle.db
    .selectFrom('household_member')
    .select('id')
    .where('household_id', '=', householdId)
    .orderBy('seq')
    .executeTakeFirstOrThrow();
  const id = newId();
  await f.handle.db
    .insertInto('placement')
    .values({
      id,
      household_id: householdId,
      member_id: member.id,
      employer_id: employerId,
      employer_name_snapshot: '测试企业',
      start_date: startDate,
      monthly_wage_fen: 300_000,
      retention_due: startDate,
    })
    .execute();
  return id;
}
