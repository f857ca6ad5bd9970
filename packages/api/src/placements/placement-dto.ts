import type { PlacementRow } from '@bangfu/db';
import { isRetentionDue } from '@bangfu/domain';

export interface PlacementDto {
  id: string;
  householdId: string;
  memberId: string;
  memberName: string;
  employerId: string;
  employerName: string;
  positionId: string | null;
  startDate: string;
  monthlyWageFen: number;
  retentionDue: string;
  retentionCheckedOn: string | null;
  retained: boolean | null;
  /** The retention check is owed as of the business date (isRetentionDue). */
  checkDue: boolean;
  version: number;
}

export function toPlacementDto(r: PlacementRow, asOf: string): PlacementDto {
  return {
    id: r.id,
    householdId: r.household_id,
    memberId: r.member_id,
    memberName: r.member_name,
    employerId: r.employer_id,
    employerName: r.employer_name_snapshot,
    positionId: r.position_id,
    startDate: r.start_date,
    monthlyWageFen: Number(r.monthly_wage_fen),
    retentionDue: r.retention_due,
    retentionCheckedOn: r.retention_checked_on,
    retained: r.retained,
    checkDue: isRetentionDue(
      { retentionDue: r.retention_due, retentionCheckedOn: r.retention_checked_on },
      asOf,
    ),
    version: r.version,
  };
}
