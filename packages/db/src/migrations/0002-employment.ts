import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  `create table employer (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     name text not null,
     division_code char(6) not null,
     industry text not null,
     address text not null,
     contact_name text,
     contact_phone_enc bytea,
     contact_phone_last4 char(4),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1
   )`,
  `create index employer_name_idx on employer(name, id)`,
  `create index employer_org_path_idx on employer(org_path text_pattern_ops)`,
  `create table position (
     id uuid primary key,
     employer_id uuid not null references employer(id),
     org_path text not null,
     title text not null,
     category text not null,
     division_code char(6) not null,
     work_address text not null,
     salary_min_fen bigint not null check (salary_min_fen >= 0),
     salary_max_fen bigint not null,
     headcount integer not null check (headcount >= 1),
     filled integer not null default 0 check (filled >= 0),
     hours text not null,
     requirements text,
     skills text[] not null default '{}',
     suitability text[] not null default '{}',
     valid_from date not null,
     valid_to date not null,
     training_course_id uuid,
     status text not null default 'OPEN',
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1,
     check (salary_max_fen >= salary_min_fen),
     check (valid_to >= valid_from),
     check (filled <= headcount)
   )`,
  `create index position_employer_idx on position(employer_id, id)`,
  `create index position_division_idx on position(division_code bpchar_pattern_ops)`,
  `create index position_category_idx on position(category)`,
  // The public lists ask for open positions valid today.
  `create index position_listing_idx on position(status, valid_to)`,
  `create table job_fair (
     id uuid primary key,
     organiser_org_id uuid not null references org_unit(id),
     org_path text not null,
     name text not null,
     programme text not null,
     division_code char(6) not null,
     venue text not null,
     start_date date not null,
     end_date date not null,
     status text not null default 'DRAFT',
     published_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1,
     check (end_date >= start_date)
   )`,
  `create index job_fair_start_idx on job_fair(start_date desc, id desc)`,
  `create index job_fair_status_idx on job_fair(status, start_date desc, id desc)`,
  `create table fair_booth (
     fair_id uuid not null references job_fair(id) on delete cascade,
     employer_id uuid not null references employer(id),
     booth_no text not null,
     primary key (fair_id, employer_id),
     unique (fair_id, booth_no)
   )`,
  `create index fair_booth_employer_idx on fair_booth(employer_id)`,
  // A position is offered at a fair through its employer's booth; removing the booth removes them.
  `create table fair_position (
     fair_id uuid not null,
     position_id uuid not null references position(id),
     employer_id uuid not null,
     primary key (fair_id, position_id),
     foreign key (fair_id, employer_id) references fair_booth(fair_id, employer_id) on delete cascade
   )`,
  `create index fair_position_position_idx on fair_position(position_id)`,
  // Visitor interest outlives a booth's removal: it is the fair's record of what drew people.
  `create table fair_interest (
     fair_id uuid not null references job_fair(id) on delete cascade,
     position_id uuid not null references position(id),
     count integer not null default 0 check (count >= 0),
     primary key (fair_id, position_id)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['fair_interest', 'fair_position', 'fair_booth', 'job_fair', 'position', 'employer']) {
    await sql.raw(`drop table if exists ${t} cascade`).execute(db);
  }
}
