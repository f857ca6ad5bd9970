import { type Insertable, type Kysely, sql } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';
import type { AssessmentTargetTable } from '../schema-parts/assessment';
import { insertManyRows } from './batch-insert';
import type { Rng } from './prng';

/**
 * 分批解困脱困 targets [A]: each level asks its direct subordinates, per year, to exit a share of
 * the households they have on file, train and place some of them and verify a share. Shares in
 * permille of the on-file households of the unit's subtree; coverage is itself a permille.
 */
const SHARES = { EXITS: 80, TRAININGS: 50, PLACEMENTS: 30 } as const;
const VERIFICATION_COVERAGE_PERMILLE = 300;

/** Targets set by the province for the prefectures and by each prefecture for its counties. */
export async function seedTargets(
  db: Kysely<Database>,
  opts: { idRng: Rng; now: Date; year: number },
): Promise<number> {
  const { rows: units } = await sql<{ id: string; path: string; parent_id: string; on_file: number }>`
    select o.id, o.path, o.parent_id,
           coalesce((select sum(s.households) from stat_household s
                      where s.org_path like o.path || '%' and s.status in ('FILED', 'AIDED', 'UNDER_REVIEW')), 0)::int8 as on_file
      from org_unit o where o.kind in ('PREFECTURE', 'COUNTY') order by o.path`.execute(db);
  const at = opts.now.getTime();
  const rows: Insertable<AssessmentTargetTable>[] = [];
  for (const unit of units) {
    for (const year of [opts.year - 1, opts.year, opts.year + 1]) {
      const values: [string, number][] = [
        ...Object.entries(SHARES).map(([metric, share]): [string, number] => [
          metric,
          Math.ceil((unit.on_file * share) / 1000),
        ]),
        ['VERIFICATION_COVERAGE', VERIFICATION_COVERAGE_PERMILLE],
      ];
      for (const [metric, target] of values) {
        rows.push({
          id: newId(at, opts.idRng.bytes(10)),
          org_id: unit.id,
          org_path: unit.path,
          set_by_org_id: unit.parent_id,
          year,
          metric,
          target_value: target,
          note: '演示数据:按在档户数比例下达 / demo: shares of the households on file',
          created_at: opts.now,
          updated_at: opts.now,
        });
      }
    }
  }
  await insertManyRows(db, 'assessment_target', rows);
  return rows.length;
}
