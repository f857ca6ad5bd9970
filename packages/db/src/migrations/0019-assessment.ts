import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
// 目标考核 (issue 7): yearly targets a union level sets for its direct subordinate units.
const up_statements = [
  `create table assessment_target (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     set_by_org_id uuid not null references org_unit(id),
     year integer not null check (year between 2000 and 2100),
     metric text not null check (metric in ('EXITS', 'TRAININGS', 'PLACEMENTS', 'VERIFICATION_COVERAGE')),
     target_value bigint not null check (target_value >= 0),
     note text,
     created_by uuid references staff_user(id),
     updated_by uuid references staff_user(id),
     created_at timestamptz not null,
     updated_at timestamptz not null,
     version integer not null default 1,
     unique (org_id, year, metric)
   )`,
  `create index assessment_target_org_path_idx on assessment_target(org_path text_pattern_ops)`,
  // The planned batches of a unit fall back to the sum of what it set for its children.
  `create index assessment_target_set_by_idx on assessment_target(set_by_org_id, year, metric)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists assessment_target').execute(db);
}
