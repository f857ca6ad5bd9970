import { maskNameForNotice, type VisitOutcome, type VisitStatus } from '@bangfu/domain';
import type { StaffContext } from './oversight-context';

export interface VolunteerVisitDto {
  id: string;
  version: number;
  status: VisitStatus;
  dueOn: string;
  /** Masked: a volunteer sees no more of the family than a public notice would. */
  headNameMasked: string;
  /** Community level only: the union the file belongs to and its county, never the street address. */
  community: string;
  divisionCode: string;
  outcome: VisitOutcome | null;
  findings: string | null;
}

/** The signed-in volunteer's own visits, newest due first; nobody else's. */
export async function myVisits({ ctx }: { ctx: StaffContext }): Promise<VolunteerVisitDto[]> {
  const rows = await ctx.db
    .selectFrom('verification_visit as v')
    .innerJoin('household as h', 'h.id', 'v.household_id')
    .innerJoin('org_unit as o', 'o.id', 'h.org_id')
    .select([
      'v.id',
      'v.version',
      'v.status',
      'v.due_on',
      'v.outcome',
      'v.findings',
      'h.head_name',
      'h.division_code',
      'o.name as org_name',
    ])
    .where('v.volunteer_id', '=', ctx.actor.userId)
    .orderBy('v.status')
    .orderBy('v.due_on')
    .orderBy('v.id')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    status: r.status as VisitStatus,
    dueOn: r.due_on,
    headNameMasked: maskNameForNotice(r.head_name),
    community: r.org_name,
    divisionCode: r.division_code,
    outcome: r.outcome as VisitOutcome | null,
    findings: r.findings,
  }));
}
