import {
  type HouseholdStatus,
  type QualityFigures,
  type QualityReportInput,
  qualityRates,
  type SpotCheckOutcome,
} from '@bangfu/domain';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { StaffContext } from './oversight-context';

export interface PersonAccountability {
  userId: string;
  displayName: string;
  /** Findings against files they surveyed, registered, approved. */
  surveyed: number;
  registered: number;
  approved: number;
}

export interface QualityReportDto {
  orgId: string;
  year: number | null;
  byUnit: (QualityFigures & { orgId: string; orgName: string })[];
  total: QualityFigures;
  accountability: PersonAccountability[];
}

const EXITED: readonly HouseholdStatus[] = ['EXITED_TUOKUN', 'EXITED_JIEKUN', 'CANCELLED'];

/**
 * 错评率、漏评率、错退率、漏退率 (brief §3.3) per child unit and in total, from checked spot-check
 * items, with the findings counted against each responsible person of record.
 */
export async function qualityReport({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: QualityReportInput;
}): Promise<QualityReportDto> {
  const org = await getOrgInScope(ctx.db, ctx.actor, input.orgId);
  let q = ctx.db
    .selectFrom('spot_check_item as i')
    .innerJoin('spot_check as c', 'c.id', 'i.spot_check_id')
    .select([
      'i.org_path',
      'i.outcome',
      'i.status_at_draw',
      'i.surveyor_ids',
      'i.registrar_id',
      'i.reviewer_id',
    ])
    .where('i.org_path', 'like', subtreePattern(org.path))
    .where('i.outcome', 'is not', null);
  if (input.year) {
    q = q.where('c.drawn_on', '>=', `${input.year}-01-01`).where('c.drawn_on', '<=', `${input.year}-12-31`);
  }
  const items = await q.execute();
  const children = await ctx.db
    .selectFrom('org_unit')
    .select(['id', 'name', 'path'])
    .where('parent_id', '=', org.id)
    .orderBy('code')
    .execute();
  const units = [...children, { id: org.id, name: org.name, path: org.path }];
  const unitOf = (path: string) => units.find((u) => path.startsWith(u.path)) ?? units[units.length - 1]!;
  const report = qualityRates(
    items.map((i) => ({
      orgId: unitOf(i.org_path).id,
      outcome: i.outcome as SpotCheckOutcome,
      wasFiled: true,
      wasExited: EXITED.includes(i.status_at_draw as HouseholdStatus),
    })),
  );
  return {
    orgId: org.id,
    year: input.year ?? null,
    byUnit: units
      .filter((u) => report.byOrg[u.id])
      .map((u) => ({ orgId: u.id, orgName: u.name, ...report.byOrg[u.id]! })),
    total: report.total,
    accountability: await accountability(
      ctx,
      items.filter((i) => i.outcome !== 'CORRECT'),
    ),
  };
}

async function accountability(
  ctx: StaffContext,
  findings: { surveyor_ids: string[]; registrar_id: string | null; reviewer_id: string | null }[],
): Promise<PersonAccountability[]> {
  const people = new Map<string, PersonAccountability>();
  const bump = (userId: string | null, key: 'surveyed' | 'registered' | 'approved') => {
    if (!userId) return;
    const p = people.get(userId) ?? { userId, displayName: '', surveyed: 0, registered: 0, approved: 0 };
    p[key]++;
    people.set(userId, p);
  };
  for (const f of findings) {
    for (const s of f.surveyor_ids) bump(s, 'surveyed');
    bump(f.registrar_id, 'registered');
    bump(f.reviewer_id, 'approved');
  }
  if (people.size === 0) return [];
  const names = await ctx.db
    .selectFrom('staff_user')
    .select(['id', 'display_name'])
    .where('id', 'in', [...people.keys()])
    .execute();
  for (const n of names) people.get(n.id)!.displayName = n.display_name;
  return [...people.values()].sort((a, b) => a.userId.localeCompare(b.userId));
}
