import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const audit = `created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1`;

const up_statements = [
  // 培训场次: the sessions of a course with their head counts (人次), e.g. 农民工技能培训 (article:
  // 六盘水 2016, 110 sessions, 6,217 attendances). Attendance is a count, not a list of people.
  `create table training_session (
     id uuid primary key,
     course_id uuid not null references training_course(id),
     org_path text not null,
     held_on date not null,
     topic text not null,
     attendance integer not null check (attendance >= 0),
     ${audit}
   )`,
  `create index training_session_course_idx on training_session(course_id, held_on)`,
  `create index training_session_org_path_idx on training_session(org_path text_pattern_ops, held_on)`,
  `create table internship (
     id uuid primary key,
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     employer_id uuid not null references employer(id),
     employer_name_snapshot text not null,
     position_id uuid references position(id),
     start_date date not null,
     end_date date,
     stipend_fen bigint not null check (stipend_fen >= 0),
     mentor_name text,
     outcome text not null default 'ONGOING',
     ${audit},
     check (end_date is null or end_date >= start_date)
   )`,
  `create index internship_household_idx on internship(household_id, start_date desc)`,
  `create table skill_competition (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     title text not null,
     trade text not null,
     level text not null,
     held_on date not null,
     ${audit}
   )`,
  `create index skill_competition_held_idx on skill_competition(held_on desc, id desc)`,
  `create table competition_entry (
     id uuid primary key,
     competition_id uuid not null references skill_competition(id),
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     rank integer check (rank >= 1),
     grade_awarded text,
     ${audit},
     unique (competition_id, member_id)
   )`,
  `create index competition_entry_member_idx on competition_entry(member_id)`,
  `create index competition_entry_household_idx on competition_entry(household_id)`,
  `create table mentorship (
     id uuid primary key,
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     mentor_name text not null,
     mentor_unit text not null,
     trade text not null,
     start_date date not null,
     target_grade text not null,
     status text not null default 'ACTIVE',
     outcome_grade text,
     ended_on date,
     ${audit},
     check (ended_on is null or ended_on >= start_date)
   )`,
  `create index mentorship_household_idx on mentorship(household_id, start_date desc)`,
  `create index mentorship_member_idx on mentorship(member_id)`,
  // Every grade a member earned, whatever the route: 结业, 技能比武 or 出师. Matching's skills factor
  // and the member's current grade read this one view.
  `create view member_skill_grade as
     select te.id as source_id, te.member_id, te.household_id, c.skill, te.skill_grade as grade,
            'TRAINING'::text as source, te.completed_on as obtained_on
       from training_enrollment te join training_course c on c.id = te.course_id
      where te.status = 'COMPLETED'
     union all
     select ce.id, ce.member_id, ce.household_id, sc.trade, ce.grade_awarded,
            'COMPETITION'::text, sc.held_on
       from competition_entry ce join skill_competition sc on sc.id = ce.competition_id
      where ce.grade_awarded is not null
     union all
     select m.id, m.member_id, m.household_id, m.trade, m.outcome_grade, 'MENTORSHIP'::text, m.ended_on
       from mentorship m
      where m.status = 'COMPLETED'`,
  `create table startup_case (
     id uuid primary key,
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     business_name text not null,
     sector text not null,
     stage text not null,
     status text not null default 'OPEN',
     opened_on date not null,
     loan_lender text,
     loan_amount_fen bigint check (loan_amount_fen > 0),
     loan_subsidy_permille integer check (loan_subsidy_permille between 0 and 1000),
     loan_term_months integer check (loan_term_months between 1 and 120),
     loan_guarantee_org text,
     loan_granted_on date,
     ${audit}
   )`,
  `create index startup_case_household_idx on startup_case(household_id)`,
  `create index startup_case_opened_idx on startup_case(opened_on desc, id desc)`,
  `create table startup_activity (
     id uuid primary key,
     case_id uuid not null references startup_case(id),
     kind text not null,
     held_on date not null,
     note text not null,
     outcome text,
     created_at timestamptz not null default now(),
     created_by uuid references staff_user(id)
   )`,
  `create index startup_activity_case_idx on startup_activity(case_id, held_on)`,
  `create table struggling_enterprise (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     employer_id uuid references employer(id),
     name text not null,
     industry_union text,
     division_code text not null,
     reason text not null,
     workers_total integer not null check (workers_total >= 0),
     workers_affected integer not null check (workers_affected >= 0),
     measures jsonb not null default '[]'::jsonb,
     status text not null default 'WATCH',
     reported_on date not null,
     ${audit},
     check (workers_affected <= workers_total)
   )`,
  `create index struggling_enterprise_org_path_idx on struggling_enterprise(org_path text_pattern_ops)`,
  `create table enterprise_affected_worker (
     id uuid primary key,
     enterprise_id uuid not null references struggling_enterprise(id),
     household_id uuid not null references household(id),
     note text,
     created_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     unique (enterprise_id, household_id)
   )`,
  `create index enterprise_affected_worker_household_idx on enterprise_affected_worker(household_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

const TABLES = [
  'enterprise_affected_worker',
  'struggling_enterprise',
  'startup_activity',
  'startup_case',
  'mentorship',
  'competition_entry',
  'skill_competition',
  'internship',
  'training_session',
];

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop view if exists member_skill_grade').execute(db);
  for (const t of TABLES) await sql.raw(`drop table if exists ${t} cascade`).execute(db);
}
