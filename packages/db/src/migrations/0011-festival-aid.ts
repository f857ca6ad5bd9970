import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  `create table festival_campaign (
     id uuid primary key,
     name text not null,
     festival text not null check (festival in ('NEW_YEAR', 'SPRING_FESTIVAL', 'OTHER')),
     year integer not null,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     eligible_categories text[] not null,
     eligible_statuses text[] not null,
     amounts jsonb not null,
     funding_source text not null,
     policy_version integer not null,
     status text not null default 'DRAFT'
       check (status in ('DRAFT', 'LISTED', 'APPROVED', 'PAYING', 'PAID', 'CANCELLED')),
     listed_at timestamptz,
     approved_by uuid references staff_user(id),
     approved_at timestamptz,
     total_count integer not null default 0,
     total_fen bigint not null default 0,
     paid_count integer not null default 0,
     paid_fen bigint not null default 0,
     last_error text,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid not null references staff_user(id),
     version integer not null default 1,
     check (paid_count >= 0 and paid_fen >= 0 and total_count >= 0 and total_fen >= 0)
   )`,
  `create index festival_campaign_org_path_idx on festival_campaign(org_path text_pattern_ops)`,
  `create index festival_campaign_created_idx on festival_campaign(created_at desc, id desc)`,
  // Item ids come from the database: the list is built by one INSERT … SELECT over ~170k households.
  `create table festival_item (
     id uuid primary key default gen_random_uuid(),
     campaign_id uuid not null references festival_campaign(id),
     household_id uuid not null references household(id),
     category text not null,
     amount_fen bigint not null check (amount_fen > 0),
     status text not null default 'LISTED' check (status in ('LISTED', 'EXCLUDED', 'PAID')),
     excluded_reason text,
     ledger_entry_id uuid references aid_ledger_entry(id),
     paid_at timestamptz,
     version integer not null default 1,
     unique (campaign_id, household_id),
     check ((status = 'PAID') = (ledger_entry_id is not null))
   )`,
  // The batch takes the next LISTED items of a campaign; the review list pages by id.
  `create index festival_item_campaign_status_idx on festival_item(campaign_id, status, id)`,
  // Building a list skips households already on another campaign of the same festival.
  `create index festival_item_household_idx on festival_item(household_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['festival_item', 'festival_campaign']) {
    await sql.raw(`drop table if exists ${t} cascade`).execute(db);
  }
}
