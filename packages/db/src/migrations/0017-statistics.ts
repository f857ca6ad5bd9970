import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Summary tables for the dashboards (issue 7). Triggers keep them current in the same transaction
// as the write they count, whoever writes (API, import, seed), so a dashboard never scans the
// province and its figures always equal a direct count. Statement-level triggers with transition
// tables aggregate a bulk insert into one upsert per cell instead of one per row. Cells are kept
// at the writing org (leaf) only: a rollup row per ancestor would make the province row a hot spot
// every transaction in the province waits on.

/** Upsert the grouped deltas of `source` (a select yielding key columns + the measure columns) into `table`. */
function upsert(table: string, keys: string[], measures: string[], source: string): string {
  const cols = [...keys, ...measures].join(', ');
  const set = measures.map((m) => `${m} = t.${m} + excluded.${m}`).join(', ');
  return `insert into ${table} as t (${cols}) ${source}
    on conflict (${keys.join(', ')}) do update set ${set}`;
}

const HH_KEYS = ['org_path', 'status', 'category', 'main_cause', 'has_skill'];
const hhSelect = (rows: string, sign: string) =>
  `select ${HH_KEYS.join(', ')}, ${sign}1 as h, ${sign}member_count as p from ${rows}`;
const hhDelta = (parts: string[]) =>
  upsert(
    'stat_household',
    HH_KEYS,
    ['households', 'people'],
    `select ${HH_KEYS.join(', ')}, sum(h), sum(p) from (${parts.join(' union all ')}) d
      group by ${HH_KEYS.join(', ')} having sum(h) <> 0 or sum(p) <> 0`,
  );

/** The statuses of a household that is on file (建档 and not exited). */
const ON_FILE = `('FILED', 'AIDED', 'UNDER_REVIEW')`;

const flowSource = `select h.org_path,
       extract(year from (n.at at time zone 'Asia/Shanghai'))::int as year,
       case n.event when 'APPROVE' then 'FILED' when 'EXIT_TUOKUN' then 'EXITED_TUOKUN'
                    when 'EXIT_JIEKUN' then 'EXITED_JIEKUN' else 'CANCELLED' end as flow,
       h.category, count(*) as households, sum(h.member_count) as people
  from new_rows n join household h on h.id = n.household_id
 where n.event = 'APPROVE'
    or (n.event in ('EXIT_TUOKUN', 'EXIT_JIEKUN', 'CANCEL') and n.from_status in ${ON_FILE})
 group by 1, 2, 3, 4`;

const EMP_KEYS = ['org_path', 'year', 'metric'];
const trainedSelect = (rows: string, sign: string) =>
  `select h.org_path, extract(year from r.completed_on)::int as year, 'TRAINED' as metric, ${sign}1 as c
     from ${rows} r join household h on h.id = r.household_id
    where r.status = 'COMPLETED' and r.completed_on is not null`;
const placedSelect = (rows: string, sign: string) =>
  `select h.org_path, extract(year from r.start_date)::int, m.metric, ${sign}1
     from ${rows} r join household h on h.id = r.household_id
     cross join lateral (values ('PLACED'), (case when r.retained is not null then 'RETENTION_CHECKED' end),
                                (case when r.retained then 'RETAINED' end)) m(metric)
    where m.metric is not null`;
const empDelta = (parts: string[]) =>
  upsert(
    'stat_employment',
    EMP_KEYS,
    ['count'],
    `select org_path, year, metric, sum(c) from (${parts.join(' union all ')}) d(org_path, year, metric, c)
      group by 1, 2, 3 having sum(c) <> 0`,
  );

function fn(name: string, body: string): string {
  return `create function ${name}() returns trigger language plpgsql as $$
   begin
     ${body};
     return null;
   end $$`;
}

function stmtTrigger(
  name: string,
  event: 'insert' | 'update' | 'delete',
  table: string,
  func: string,
): string {
  const referencing =
    event === 'insert'
      ? 'new table as new_rows'
      : event === 'delete'
        ? 'old table as old_rows'
        : 'old table as old_rows new table as new_rows';
  return `create trigger ${name} after ${event} on ${table} referencing ${referencing}
    for each statement execute function ${func}()`;
}

/** Recompute the 1户1技能 flag of the households a skill source touched. */
const skillRefresh = (rows: string) => `update household h
     set has_skill = exists (select 1 from member_skill_grade g where g.household_id = h.id)
   where h.id in (select household_id from ${rows})
     and h.has_skill is distinct from exists (select 1 from member_skill_grade g where g.household_id = h.id)`;

const up_statements = [
  // 所属行业 of the worker (brief §4.2), for the report by industry; null on files made without it.
  `alter table household add column industry text`,
  // 1户1技能: someone in the household holds a skill (training, competition or apprenticeship).
  `alter table household add column has_skill boolean not null default false`,
  `create table stat_household (
     org_path text not null,
     status text not null,
     category text not null,
     main_cause text not null,
     has_skill boolean not null,
     households bigint not null,
     people bigint not null,
     primary key (org_path, status, category, main_cause, has_skill)
   )`,
  `create index stat_household_path_idx on stat_household(org_path text_pattern_ops)`,
  fn('stat_household_on_insert', hhDelta([hhSelect('new_rows', '')])),
  fn('stat_household_on_update', hhDelta([hhSelect('old_rows', '-'), hhSelect('new_rows', '')])),
  fn('stat_household_on_delete', hhDelta([hhSelect('old_rows', '-')])),
  stmtTrigger('stat_household_ins', 'insert', 'household', 'stat_household_on_insert'),
  stmtTrigger('stat_household_upd', 'update', 'household', 'stat_household_on_update'),
  stmtTrigger('stat_household_del', 'delete', 'household', 'stat_household_on_delete'),
  // Flows onto and off the files, per year (Asia/Shanghai) of the timeline step; people as at the step.
  `create table stat_flow (
     org_path text not null,
     year integer not null,
     flow text not null,
     category text not null,
     households bigint not null,
     people bigint not null,
     primary key (org_path, year, flow, category)
   )`,
  `create index stat_flow_path_idx on stat_flow(org_path text_pattern_ops)`,
  fn(
    'stat_flow_on_step',
    upsert('stat_flow', ['org_path', 'year', 'flow', 'category'], ['households', 'people'], flowSource),
  ),
  stmtTrigger('stat_flow_ins', 'insert', 'ident_step', 'stat_flow_on_step'),
  // Aid paid, by the ledger's own org path (a snapshot at payment) and year of payment.
  `create table stat_aid (
     org_path text not null,
     year integer not null,
     programme text not null,
     funding_source text not null,
     kind text not null,
     amount_fen bigint not null,
     entries bigint not null,
     primary key (org_path, year, programme, funding_source, kind)
   )`,
  `create index stat_aid_path_idx on stat_aid(org_path text_pattern_ops)`,
  fn(
    'stat_aid_on_entry',
    upsert(
      'stat_aid',
      ['org_path', 'year', 'programme', 'funding_source', 'kind'],
      ['amount_fen', 'entries'],
      `select org_path, extract(year from paid_on)::int, programme, funding_source, kind, sum(amount_fen), count(*)
         from new_rows group by 1, 2, 3, 4, 5`,
    ),
  ),
  stmtTrigger('stat_aid_ins', 'insert', 'aid_ledger_entry', 'stat_aid_on_entry'),
  // The mutual-aid fund: raised (by payer), paid out, pharmacy top-ups.
  `create table stat_ma_fund (
     org_path text not null,
     scheme_id uuid not null,
     year integer not null,
     kind text not null,
     payer text not null,
     amount_fen bigint not null,
     entries bigint not null,
     primary key (org_path, scheme_id, year, kind, payer)
   )`,
  `create index stat_ma_fund_path_idx on stat_ma_fund(org_path text_pattern_ops)`,
  fn(
    'stat_ma_fund_on_entry',
    upsert(
      'stat_ma_fund',
      ['org_path', 'scheme_id', 'year', 'kind', 'payer'],
      ['amount_fen', 'entries'],
      `select org_path, scheme_id, extract(year from paid_on)::int, kind, coalesce(payer, ''), sum(amount_fen), count(*)
         from new_rows group by 1, 2, 3, 4, 5`,
    ),
  ),
  stmtTrigger('stat_ma_fund_ins', 'insert', 'ma_fund_entry', 'stat_ma_fund_on_entry'),
  // Employment outcomes by the household's union: trained (completed), placed, retention checked, retained.
  `create table stat_employment (
     org_path text not null,
     year integer not null,
     metric text not null,
     count bigint not null,
     primary key (org_path, year, metric)
   )`,
  `create index stat_employment_path_idx on stat_employment(org_path text_pattern_ops)`,
  fn('stat_training_on_insert', empDelta([trainedSelect('new_rows', '')])),
  fn('stat_training_on_update', empDelta([trainedSelect('old_rows', '-'), trainedSelect('new_rows', '')])),
  fn('stat_training_on_delete', empDelta([trainedSelect('old_rows', '-')])),
  stmtTrigger('stat_training_ins', 'insert', 'training_enrollment', 'stat_training_on_insert'),
  stmtTrigger('stat_training_upd', 'update', 'training_enrollment', 'stat_training_on_update'),
  stmtTrigger('stat_training_del', 'delete', 'training_enrollment', 'stat_training_on_delete'),
  fn('stat_placement_on_insert', empDelta([placedSelect('new_rows', '')])),
  fn('stat_placement_on_update', empDelta([placedSelect('old_rows', '-'), placedSelect('new_rows', '')])),
  fn('stat_placement_on_delete', empDelta([placedSelect('old_rows', '-')])),
  stmtTrigger('stat_placement_ins', 'insert', 'placement', 'stat_placement_on_insert'),
  stmtTrigger('stat_placement_upd', 'update', 'placement', 'stat_placement_on_update'),
  stmtTrigger('stat_placement_del', 'delete', 'placement', 'stat_placement_on_delete'),
  // The skill flag follows every source of member_skill_grade.
  fn('household_skill_on_insert', skillRefresh('new_rows')),
  fn('household_skill_on_delete', skillRefresh('old_rows')),
  ...['training_enrollment', 'competition_entry', 'mentorship'].flatMap((table) => [
    stmtTrigger(`${table}_skill_ins`, 'insert', table, 'household_skill_on_insert'),
    stmtTrigger(`${table}_skill_upd`, 'update', table, 'household_skill_on_insert'),
    stmtTrigger(`${table}_skill_del`, 'delete', table, 'household_skill_on_delete'),
  ]),
  // Backfill from what is already there (an upgrade of an installation with data).
  `update household h set has_skill = true
    where exists (select 1 from member_skill_grade g where g.household_id = h.id)`,
  `insert into stat_household (org_path, status, category, main_cause, has_skill, households, people)
   select org_path, status, category, main_cause, has_skill, count(*), sum(member_count)
     from household group by 1, 2, 3, 4, 5`,
  flowSource
    .replace('from new_rows n', 'from ident_step n')
    .replace(/^/, 'insert into stat_flow (org_path, year, flow, category, households, people) '),
  `insert into stat_aid select org_path, extract(year from paid_on)::int, programme, funding_source, kind,
          sum(amount_fen), count(*) from aid_ledger_entry group by 1, 2, 3, 4, 5`,
  `insert into stat_ma_fund select org_path, scheme_id, extract(year from paid_on)::int, kind, coalesce(payer, ''),
          sum(amount_fen), count(*) from ma_fund_entry group by 1, 2, 3, 4, 5`,
  `insert into stat_employment select org_path, year, metric, sum(c) from (
     ${trainedSelect('training_enrollment', '')} union all ${placedSelect('placement', '')}
   ) d(org_path, year, metric, c) group by 1, 2, 3`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['training_enrollment', 'competition_entry', 'mentorship']) {
    for (const op of ['ins', 'upd', 'del']) {
      await sql.raw(`drop trigger if exists ${table}_skill_${op} on ${table}`).execute(db);
    }
  }
  for (const [trigger, table] of [
    ['stat_household_ins', 'household'],
    ['stat_household_upd', 'household'],
    ['stat_household_del', 'household'],
    ['stat_flow_ins', 'ident_step'],
    ['stat_aid_ins', 'aid_ledger_entry'],
    ['stat_ma_fund_ins', 'ma_fund_entry'],
    ['stat_training_ins', 'training_enrollment'],
    ['stat_training_upd', 'training_enrollment'],
    ['stat_training_del', 'training_enrollment'],
    ['stat_placement_ins', 'placement'],
    ['stat_placement_upd', 'placement'],
    ['stat_placement_del', 'placement'],
  ]) {
    await sql.raw(`drop trigger if exists ${trigger} on ${table}`).execute(db);
  }
  for (const f of [
    'household_skill_on_insert',
    'household_skill_on_delete',
    'stat_household_on_insert',
    'stat_household_on_update',
    'stat_household_on_delete',
    'stat_flow_on_step',
    'stat_aid_on_entry',
    'stat_ma_fund_on_entry',
    'stat_training_on_insert',
    'stat_training_on_update',
    'stat_training_on_delete',
    'stat_placement_on_insert',
    'stat_placement_on_update',
    'stat_placement_on_delete',
  ]) {
    await sql.raw(`drop function if exists ${f}()`).execute(db);
  }
  for (const t of ['stat_employment', 'stat_ma_fund', 'stat_aid', 'stat_flow', 'stat_household']) {
    await sql.raw(`drop table if exists ${t}`).execute(db);
  }
  await sql.raw('alter table household drop column if exists has_skill').execute(db);
  await sql.raw('alter table household drop column if exists industry').execute(db);
}
