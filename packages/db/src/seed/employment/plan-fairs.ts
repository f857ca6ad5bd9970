import { type Division, FairProgramme, listCounties } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { FairBoothTable, FairInterestTable, FairPositionTable, JobFairTable } from '../../schema';
import { addDays, isoDay, yearOf } from '../calendar';
import { prefectureShort } from '../org-names';
import type { EmploymentPlanContext, FilingUnion } from './plan-context';
import { type PlannedEmployer, pickCounty } from './plan-employers';

export interface PlannedFair {
  readonly fair: Insertable<JobFairTable>;
  readonly booths: Insertable<FairBoothTable>[];
  readonly positions: Insertable<FairPositionTable>[];
  readonly interest: Insertable<FairInterestTable>[];
}

const DAY_MS = 86_400_000;
const PROGRAMMES = ['SPRING_BREEZE', 'EMPLOYMENT_AID_MONTH', 'PRIVATE_ENTERPRISE_WEEK'] as const;
const VENUES = ['人力资源市场', '职工服务中心', '体育馆广场', '会展中心', '人民广场'];
/** 遵义's fair is on now, in 汇川区, where the article's 添阳 community pushes jobs to workers' phones. */
const ZUNYI = { prefecture: '520300', county: '520303', venue: '遵义市汇川区人力资源市场' };

/**
 * The prefecture federation's fairs: one on now (its dates include `now`) and, for the two largest
 * prefectures and some others, one to come. All published, with booths for some of the prefecture's
 * employers offering all their positions (the listing rule hides the expired and filled ones).
 */
export function planFairs(
  ctx: EmploymentPlanContext,
  prefecture: Division,
  organiser: FilingUnion,
  employers: readonly PlannedEmployer[],
): PlannedFair[] {
  const { rng, today } = ctx;
  const count = ['520100', '520300'].includes(prefecture.code) || rng.chance(0.4) ? 2 : 1;
  const programmes = [...PROGRAMMES];
  rng.shuffle(programmes);
  const fairs: PlannedFair[] = [];
  for (let i = 0; i < count; i++) {
    const current = i === 0;
    const start = current ? addDays(today, -rng.int(0, 1)) : addDays(today, rng.int(10, 45));
    const end = current ? addDays(today, rng.int(1, 4)) : addDays(start, rng.int(0, 2));
    const zunyi = current && prefecture.code === ZUNYI.prefecture;
    const county = zunyi
      ? (listCounties(prefecture.code).find((c) => c.code === ZUNYI.county) as Division)
      : current
        ? (listCounties(prefecture.code)[0] as Division)
        : pickCounty(rng, prefecture);
    const programme = programmes[i % programmes.length]!;
    const createdAt = new Date(ctx.now.getTime() - rng.int(15, 40) * DAY_MS);
    const publishedAt = new Date(ctx.now.getTime() - rng.int(1, 10) * DAY_MS);
    const id = newId(createdAt.getTime(), ctx.idRng.bytes(10));
    const fair: Insertable<JobFairTable> = {
      id,
      organiser_org_id: organiser.id,
      org_path: organiser.path,
      name: `${yearOf(start)}年${prefectureShort(prefecture)[0]}${FairProgramme.label(programme)}专场招聘会`,
      programme,
      division_code: county.code,
      venue: zunyi ? ZUNYI.venue : `${prefecture.name}${county.name}${rng.pick(VENUES)}`,
      start_date: isoDay(start),
      end_date: isoDay(end),
      status: 'PUBLISHED',
      published_at: publishedAt,
      created_at: createdAt,
      updated_at: publishedAt,
      created_by: ctx.createdBy,
    };
    const invited = [...employers];
    rng.shuffle(invited);
    const booths = invited.slice(0, Math.min(invited.length, rng.int(6, 12)));
    const positions = booths.flatMap((e) =>
      e.positions.map((p) => ({ fair_id: id, position_id: p.id, employer_id: e.row.id })),
    );
    const interest = current
      ? positions
          .filter(() => rng.chance(0.5))
          .map((p) => ({ fair_id: id, position_id: p.position_id, count: rng.int(1, 30) }))
      : [];
    fairs.push({
      fair,
      booths: booths.map((e, b) => ({
        fair_id: id,
        employer_id: e.row.id,
        booth_no: `${String.fromCharCode(65 + Math.floor(b / 20))}${String(1 + (b % 20)).padStart(2, '0')}`,
      })),
      positions,
      interest,
    });
  }
  return fairs;
}
