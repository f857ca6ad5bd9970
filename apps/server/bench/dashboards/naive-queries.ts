import { type RawBuilder, sql } from 'kysely';

/**
 * What each dashboard would run without the summary tables: one GROUP BY over the raw tables of
 * the subtree, grouped the same way (child unit first). The bench's floor for issue 7.
 */
export function naiveQuery(
  path: 'overview' | 'trend' | 'aid' | 'mutualAidFund' | 'employment',
  orgPath: string,
): RawBuilder<unknown> {
  const like = `${orgPath}%`;
  const child = (column: string) =>
    sql`split_part(substr(${sql.ref(column)}, ${orgPath.length + 1}), '/', 1)`;
  switch (path) {
    case 'overview':
      return sql`select ${child('h.org_path')}, h.status, h.category, h.main_cause,
                        exists (select 1 from member_skill_grade g where g.household_id = h.id) as skilled,
                        count(*), sum(h.member_count)
                   from household h where h.org_path like ${like} group by 1, 2, 3, 4, 5`;
    case 'trend':
      return sql`select extract(year from (s.at at time zone 'Asia/Shanghai'))::int, s.event, h.category,
                        count(*), sum(h.member_count)
                   from ident_step s join household h on h.id = s.household_id
                  where h.org_path like ${like}
                    and (s.event = 'APPROVE' or (s.event in ('EXIT_TUOKUN', 'EXIT_JIEKUN', 'CANCEL')
                         and s.from_status in ('FILED', 'AIDED', 'UNDER_REVIEW')))
                  group by 1, 2, 3`;
    case 'aid':
      return sql`select ${child('org_path')}, extract(year from paid_on)::int, programme, funding_source, kind,
                        sum(amount_fen), count(*)
                   from aid_ledger_entry where org_path like ${like} group by 1, 2, 3, 4, 5`;
    case 'mutualAidFund':
      return sql`select ${child('org_path')}, extract(year from paid_on)::int, kind, payer, sum(amount_fen), count(*)
                   from ma_fund_entry where org_path like ${like} group by 1, 2, 3, 4`;
    case 'employment':
      return sql`select * from (
                   select ${child('h.org_path')}, extract(year from e.completed_on)::int, 'TRAINED', count(*)
                     from training_enrollment e join household h on h.id = e.household_id
                    where h.org_path like ${like} and e.status = 'COMPLETED' group by 1, 2
                   union all
                   select ${child('h.org_path')}, extract(year from p.start_date)::int, 'PLACED', count(*)
                     from placement p join household h on h.id = p.household_id
                    where h.org_path like ${like} group by 1, 2
                   union all
                   select ${child('h.org_path')}, null, 'SKILLED', count(*)
                     from household h
                    where h.org_path like ${like} and h.status in ('FILED', 'AIDED', 'UNDER_REVIEW')
                      and exists (select 1 from member_skill_grade g where g.household_id = h.id)
                    group by 1) u`;
  }
}
