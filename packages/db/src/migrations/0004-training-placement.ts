import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  `create table training_course (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     title text not null,
     category text not null,
     skill text not null,
     partner text not null,
     start_date date not null,
     end_date date not null,
     capacity integer not null check (capacity >= 1),
     certificate text,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1,
     check (end_date >= start_date)
   )`,
  `create index training_course_start_idx on training_course(start_date desc, id desc)`,
  `create index training_course_org_path_idx on training_course(org_path text_pattern_ops)`,
  `create table training_enrollment (
     id uuid primary key,
     course_id uuid not null references training_course(id),
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     status text not null default 'ENROLLED',
     attendance_days integer not null default 0 check (attendance_days >= 0),
     skill_grade text,
     completed_on date,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1,
     unique (course_id, member_id)
   )`,
  `create index training_enrollment_household_idx on training_enrollment(household_id, status)`,
  // Matching reads the completed skills of a page of members.
  `create index training_enrollment_member_idx on training_enrollment(member_id, status)`,
  `create table placement (
     id uuid primary key,
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     position_id uuid references position(id),
     employer_id uuid not null references employer(id),
     employer_name_snapshot text not null,
     start_date date not null,
     monthly_wage_fen bigint not null check (monthly_wage_fen >= 0),
     retention_due date not null,
     retention_checked_on date,
     retained boolean,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1,
     check (retention_due >= start_date)
   )`,
  `create index placement_household_idx on placement(household_id, start_date desc)`,
  // The due-check list: unchecked placements by due date.
  `create index placement_retention_due_idx on placement(retention_due, id) where retention_checked_on is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['placement', 'training_enrollment', 'training_course']) {
    await sql.raw(`drop table if exists ${t} cascade`).execute(db);
  }
}
