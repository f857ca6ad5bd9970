import { listHouseholdPlacements, listMembers } from '@bangfu/db';
import {
  dibaoLineFor,
  type HardshipCategory,
  type PlacementExitResult,
  placementSupportsExit,
} from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import type { StaffContext } from '../employment/employment-errors';
import { loadIdentificationPolicy } from '../identification/identification-policy';
import { householdInScope } from '../training/household-in-scope';

export interface PlacementExitDto extends PlacementExitResult {
  placementId: string;
  memberName: string;
  employerName: string;
  startDate: string;
}

export interface ExitSupportDto {
  householdId: string;
  /** The identification policy version whose line and threshold were used. */
  policyVersion: number;
  lineFen: number | null;
  thresholdPermille: number | null;
  placements: PlacementExitDto[];
}

/**
 * Which of a household's placements support 脱困 (brief §3.2/§6.3), for the reviewer's exit
 * assessment. The wage replaces the placed member's recorded income; the rest of the household's
 * monthly income and a twelfth of its other annual income count as other income. The line is the
 * county's L for the year of the retention check (or of today when none was made).
 */
export async function exitSupport({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<ExitSupportDto> {
  const h = await householdInScope(ctx.db, ctx.actor, input.householdId);
  const policy = await loadIdentificationPolicy(ctx.db);
  const [rows, members] = await Promise.all([
    listHouseholdPlacements(ctx.db, { householdId: h.id }),
    listMembers(ctx.db, { householdId: h.id }),
  ]);
  const permille = policy.body.exitThresholdPermille[h.category as HardshipCategory] ?? null;
  const today = businessDate(ctx.now());
  let lineFen: number | null = null;
  const placements: PlacementExitDto[] = [];
  for (const p of rows) {
    const year = Number((p.retention_checked_on ?? today).slice(0, 4));
    const line = dibaoLineFor(policy.body, h.division_code, year);
    if (!line || permille === null) continue;
    lineFen = line.monthlyFen;
    const own = members.find((m) => m.id === p.member_id)?.monthly_income_fen ?? 0;
    const otherIncomeFen =
      Math.max(0, h.monthly_income_fen - own) + Math.floor(h.other_annual_income_fen / 12);
    const verdict = placementSupportsExit({
      placement: { startDate: p.start_date, retentionDue: p.retention_due },
      retention: { checkedOn: p.retention_checked_on, retained: p.retained },
      monthlySalaryFen: Number(p.monthly_wage_fen),
      householdSize: Math.max(1, members.length),
      otherIncomeFen,
      line: line.monthlyFen,
      thresholdPermille: permille,
    });
    placements.push({
      ...verdict,
      placementId: p.id,
      memberName: p.member_name,
      employerName: p.employer_name_snapshot,
      startDate: p.start_date,
    });
  }
  return {
    householdId: h.id,
    policyVersion: policy.version,
    lineFen,
    thresholdPermille: permille,
    placements,
  };
}
