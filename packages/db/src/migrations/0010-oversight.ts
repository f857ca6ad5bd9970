import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
// Oversight and dynamic management (brief §3.1 steps 10–11, §3.3): volunteer verification,
// spot checks with accountability, annual reviews, exits, follow-up calls.
const up_statements = [
  // A volunteer's home unit is kept so no volunteer ever verifies a household of their own unit.
  `create table volunteer_profile (
     user_id uuid primary key references staff_user(id),
     org_path text not null,
     association text not null,
     home_org_id uuid not null references org_unit(id),
     active boolean not null default true,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1
   )`,
  `create index volunteer_profile_org_path_idx on volunteer_profile(org_path text_pattern_ops) where active`,
  `create table verification_visit (
     id uuid primary key,
     household_id uuid not null references household(id),
     org_path text not null,
     volunteer_id uuid not null references staff_user(id),
     assigned_by uuid not null references staff_user(id),
     assigned_at timestamptz not null,
     due_on date not null,
     seed text not null,
     status text not null default 'ASSIGNED',
     findings text,
     outcome text,
     completed_at timestamptz,
     version integer not null default 1
   )`,
  // One open visit per household: a new assignment skips households still being verified.
  `create unique index verification_visit_open_idx on verification_visit(household_id) where status = 'ASSIGNED'`,
  `create index verification_visit_volunteer_idx on verification_visit(volunteer_id, status, due_on)`,
  `create table volunteer_referral (
     id uuid primary key,
     referred_by uuid not null references staff_user(id),
     org_id uuid not null references org_unit(id),
     org_path text not null,
     person_name text not null,
     phone_enc bytea,
     phone_last4 char(4),
     address_note text not null,
     reason text not null,
     status text not null default 'NEW',
     household_id uuid references household(id),
     created_at timestamptz not null,
     decided_by uuid references staff_user(id),
     decided_at timestamptz,
     version integer not null default 1
   )`,
  `create index volunteer_referral_org_path_idx on volunteer_referral(org_path text_pattern_ops, created_at desc)`,
  `create table spot_check (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     drawn_by uuid not null references staff_user(id),
     drawn_at timestamptz not null,
     drawn_on date not null,
     seed text not null,
     share_permille integer not null check (share_permille between 1 and 1000),
     stratify_by text not null,
     statuses text[] not null,
     population_count integer not null,
     sample_count integer not null,
     policy_version integer not null
   )`,
  `create table spot_check_item (
     id uuid primary key,
     spot_check_id uuid not null references spot_check(id),
     household_id uuid not null references household(id),
     org_id uuid not null references org_unit(id),
     org_path text not null,
     stratum text not null,
     status_at_draw text not null,
     checker_id uuid references staff_user(id),
     outcome text,
     note text,
     checked_at timestamptz,
     surveyor_ids uuid[] not null default '{}',
     registrar_id uuid references staff_user(id),
     reviewer_id uuid references staff_user(id),
     version integer not null default 1,
     unique (spot_check_id, household_id)
   )`,
  `create index spot_check_item_org_path_idx on spot_check_item(org_path text_pattern_ops)`,
  `create table rectification_order (
     id uuid primary key,
     spot_check_item_id uuid not null references spot_check_item(id),
     org_id uuid not null references org_unit(id),
     org_path text not null,
     issued_by uuid not null references staff_user(id),
     issued_at timestamptz not null,
     text text not null,
     due_on date not null,
     status text not null default 'OPEN',
     version integer not null default 1
   )`,
  `create table annual_review (
     id uuid primary key,
     household_id uuid not null references household(id),
     org_path text not null,
     year integer not null,
     reason text not null,
     started_at timestamptz not null,
     started_by uuid references staff_user(id),
     note text,
     outcome text,
     exit_reason text,
     recomputed_pcni_fen bigint check (recomputed_pcni_fen >= 0),
     new_category text,
     completed_at timestamptz,
     completed_by uuid references staff_user(id),
     policy_version integer not null default 0,
     version integer not null default 1,
     unique (household_id, year, reason)
   )`,
  `create index annual_review_open_idx on annual_review(household_id) where completed_at is null`,
  `create table file_exit (
     household_id uuid primary key references household(id),
     org_path text not null,
     type text not null,
     reason text not null,
     effective_date date not null,
     report_to_higher boolean not null default true,
     decided_by uuid not null references staff_user(id),
     decided_at timestamptz not null,
     note text
   )`,
  `create table follow_up_call (
     id uuid primary key,
     household_id uuid not null references household(id),
     org_path text not null,
     seq integer not null,
     due_on date not null,
     done_on date,
     outcome text,
     note text,
     called_by uuid references staff_user(id),
     version integer not null default 1,
     unique (household_id, seq)
   )`,
  `create index follow_up_call_due_idx on follow_up_call(due_on, id) where done_on is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'follow_up_call',
    'file_exit',
    'annual_review',
    'rectification_order',
    'spot_check_item',
    'spot_check',
    'volunteer_referral',
    'verification_visit',
    'volunteer_profile',
  ];
  for (const t of tables) await sql.raw(`drop table if exists ${t} cascade`).execute(db);
}
