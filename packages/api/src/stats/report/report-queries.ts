import type { Database } from '@bangfu/db';
import { ON_FILE_STATUSES, type ProvinceReportInput } from '@bangfu/domain';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';

export interface Grouped {
  key: string;
  households: number;
  people: number;
}

type HouseholdQuery = SelectQueryBuilder<Database, 'household', object>;

/** The report's population: the subtree's households under the standard, all (SURVEY) or on file. */
function population(
  db: Kysely<Database>,
  pattern: string,
  input: Required<ProvinceReportInput>,
): HouseholdQuery {
  let q = db
    .selectFrom('household')
    .where('household.org_path', 'like', pattern)
    .where('household.standard_version', '=', input.standardVersion);
  if (input.basis === 'ON_FILE') q = q.where('household.status', 'in', ON_FILE_STATUSES);
  return q;
}

const counts = {
  households: sql<number>`count(*)::int8`,
  people: sql<number>`coalesce(sum(household.member_count), 0)::int8`,
};

async function groupBy(q: HouseholdQuery, key: ReturnType<typeof sql<string>>): Promise<Grouped[]> {
  return q
    .select([key.as('key'), counts.households.as('households'), counts.people.as('people')])
    .groupBy(sql`1`)
    .execute();
}

/**
 * Direct counts over the household files (the report is a document generated on request, and
 * the reference the dashboards' summary tables are tested against).
 */
export async function reportCounts(
  db: Kysely<Database>,
  pattern: string,
  input: Required<ProvinceReportInput>,
) {
  const base = () => population(db, pattern, input);
  const bandsFen = input.incomeBandsYuan.map((y) => y * 100);
  // Per-capita monthly income in whole fen, floored: floor(x) < b ⇔ x < b for an integer bound b.
  const perCapita = sql`(household.monthly_income_fen * 12 + household.other_annual_income_fen) / (12 * household.member_count)`;
  const [byCategory, byCause, causeByCategory, byCounty, byIndustry, byWorkStatus, byBand] =
    await Promise.all([
      groupBy(base(), sql<string>`household.category`),
      groupBy(base(), sql<string>`household.main_cause`),
      base()
        .select([
          sql<string>`household.main_cause`.as('cause'),
          sql<string>`household.category`.as('category'),
          counts.households.as('households'),
        ])
        .groupBy(sql`1, 2`)
        .execute(),
      groupBy(base(), sql<string>`household.division_code`),
      groupBy(base(), sql<string>`coalesce(household.industry, 'UNKNOWN')`),
      groupBy(
        base().innerJoin('household_member as self', (j) =>
          j.onRef('self.household_id', '=', 'household.id').on('self.relation', '=', 'SELF'),
        ),
        sql<string>`self.work_status`,
      ),
      groupBy(
        base(),
        sql<string>`width_bucket(${perCapita}, ${sql.raw(`array[${bandsFen.join(',')}]::int8[]`)})::text`,
      ),
    ]);
  return { byCategory, byCause, causeByCategory, byCounty, byIndustry, byWorkStatus, byBand };
}
