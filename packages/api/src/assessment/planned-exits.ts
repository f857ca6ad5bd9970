import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';

/**
 * 分批解困脱困: the planned exits of the unit at `orgPath`, per year — the EXITS target its parent
 * set FOR it, or, for a year without one, the sum of the EXITS targets it set for its own children.
 * For the dashboards' "exits against the planned batches".
 */
export async function plannedExitsByYear(
  db: Kysely<Database>,
  orgPath: string,
): Promise<{ year: number; target: number }[]> {
  const unit = await db.selectFrom('org_unit').select('id').where('path', '=', orgPath).executeTakeFirst();
  if (!unit) return [];
  const own = await db
    .selectFrom('assessment_target')
    .select(['year', 'target_value'])
    .where('org_id', '=', unit.id)
    .where('metric', '=', 'EXITS')
    .execute();
  const children = await db
    .selectFrom('assessment_target')
    .select(['year', (eb) => eb.fn.sum<number>('target_value').as('total')])
    .where('set_by_org_id', '=', unit.id)
    .where('metric', '=', 'EXITS')
    .groupBy('year')
    .execute();
  const byYear = new Map<number, number>(children.map((c) => [c.year, Number(c.total)]));
  for (const o of own) byYear.set(o.year, Number(o.target_value));
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, target]) => ({ year, target }));
}
