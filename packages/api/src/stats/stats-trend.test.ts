import { newId } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { addOrg } from '../testing/oversight-fixture';

/**
 * 添阳社区 (seed article): 231 households / 605 people on file in 2011, 31 / 81 in 2016. The files
 * and their timeline steps are written straight to the tables, as an import of paper files would.
 */
async function tianyangHistory(f: Fixture, orgId: string): Promise<void> {
  const org = await f.handle.db
    .selectFrom('org_unit')
    .select(['path'])
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  // 143 households of 3 and 88 of 2 = 605 people; 19 of 3 and 12 of 2 (81 people) remain in 2016.
  const sizes = [...Array<number>(143).fill(3), ...Array<number>(88).fill(2)];
  const remaining = new Set([...Array(19).keys(), ...Array.from({ length: 12 }, (_, i) => 143 + i)]);
  let exitIndex = 0;
  for (const [i, size] of sizes.entries()) {
    const id = newId();
    const stays = remaining.has(i);
    await f.handle.db
      .insertInto('household')
      .values({
        id,
        org_id: orgId,
        org_path: org.path,
        division_code: '520303',
        address: '遵义市汇川区添阳社区',
        housing_type: 'RENTED',
        area_band: 'FROM_20_TO_50',
        standard_version: 'ACFTU_2016',
        category: 'DIBAO_EDGE',
        main_cause: 'LAID_OFF',
        secondary_causes: [],
        other_annual_income_fen: 0,
        monthly_income_fen: 0,
        union_member: true,
        single_parent: false,
        zero_employment: false,
        self_help_capacity: true,
        head_name: `住户${i}`,
        member_count: size,
        status: stays ? 'FILED' : 'EXITED_TUOKUN',
      })
      .execute();
    const steps = [['APPROVE', 'HIGHER_REVIEW', 'FILED', '2011-06-30T02:00:00Z']];
    if (!stays) {
      const year = 2012 + (exitIndex++ % 5); // 40 exits a year, 2012–2016
      steps.push(['START_REVIEW', 'FILED', 'UNDER_REVIEW', `${year}-03-01T02:00:00Z`]);
      steps.push(['EXIT_TUOKUN', 'UNDER_REVIEW', 'EXITED_TUOKUN', `${year}-12-31T15:30:00Z`]); // 2012-12-31 23:30 in Beijing
    }
    await f.handle.db
      .insertInto('ident_step')
      .values(
        steps.map(([event, from, to, at], seq) => ({
          id: newId(),
          household_id: id,
          seq: seq + 1,
          event: event as string,
          from_status: from as string,
          to_status: to as string,
          actor_kind: 'SYSTEM',
          org_id: orgId,
          at: at as string,
        })),
      )
      .execute();
  }
}

describe.each(driverTestTargets())('community trend on $name', (target) => {
  let f: Fixture;
  let tianyang: string;
  beforeAll(async () => {
    f = await createFixture(target);
    tianyang = await addOrg(f, '520302-TY', '520302');
    await tianyangHistory(f, tianyang);
  }, 120_000);
  afterAll(() => f?.close());

  it('gives the yearly number on file: 231 households / 605 people in 2011, 31 / 81 in 2016', async () => {
    const trend = await f.as('zunyiCw').stats.trend({ orgId: tianyang });
    const year = (y: number) => trend.years.find((t) => t.year === y);
    expect(year(2011)?.stock).toEqual({ households: 231, people: 605 });
    expect(year(2011)?.filed).toEqual({ households: 231, people: 605 });
    expect(year(2016)?.stock).toEqual({ households: 31, people: 81 });
    // Exits counted in the Beijing year of the step (23:30 on 31 December stays in that year).
    expect([2012, 2013, 2014, 2015, 2016].map((y) => year(y)?.exited.households)).toEqual([
      40, 40, 40, 40, 40,
    ]);
    expect(trend.years.at(-1)?.stock).toEqual({ households: 31, people: 81 });
    expect(trend.years.at(-1)?.year).toBe(2026);
  });

  it('adds the community to its county without a scan: the county overview counts it', async () => {
    const county = await f.as('zunyiCw').stats.overview({});
    const child = county.byChild.find((c) => c.org?.code === '520302-TY');
    expect(child?.values).toMatchObject({ households: 31, people: 81, byCategory: { DIBAO_EDGE: 31 } });
  });
});
