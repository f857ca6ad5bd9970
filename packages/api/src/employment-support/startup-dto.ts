import type { StartupActivityKind, StartupStage, StartupStatus } from '@bangfu/domain';
import type { StartupRow } from './startup-queries';

export interface StartupLoanDto {
  lender: string;
  amountFen: number;
  interestSubsidyPermille: number;
  termMonths: number;
  guaranteeOrg: string;
  grantedOn: string;
}

export interface StartupCaseDto {
  id: string;
  householdId: string;
  fileNo: string | null;
  divisionCode: string;
  memberId: string;
  memberName: string;
  businessName: string;
  sector: string;
  stage: StartupStage;
  status: StartupStatus;
  openedOn: string;
  loan: StartupLoanDto | null;
  activityCount: number;
  version: number;
}

export interface StartupActivityDto {
  id: string;
  kind: StartupActivityKind;
  heldOn: string;
  note: string;
  outcome: string | null;
}

function loanOf(r: StartupRow): StartupLoanDto | null {
  if (r.loan_amount_fen === null || r.loan_lender === null) return null;
  return {
    lender: r.loan_lender,
    amountFen: Number(r.loan_amount_fen),
    interestSubsidyPermille: r.loan_subsidy_permille ?? 0,
    termMonths: r.loan_term_months ?? 0,
    guaranteeOrg: r.loan_guarantee_org ?? '',
    grantedOn: r.loan_granted_on ?? '',
  };
}

export function toStartupCaseDto(r: StartupRow): StartupCaseDto {
  return {
    id: r.id,
    householdId: r.household_id,
    fileNo: r.file_no,
    divisionCode: r.division_code,
    memberId: r.member_id,
    memberName: r.member_name,
    businessName: r.business_name,
    sector: r.sector,
    stage: r.stage as StartupStage,
    status: r.status as StartupStatus,
    openedOn: r.opened_on,
    loan: loanOf(r),
    activityCount: Number(r.activity_count ?? 0),
    version: r.version,
  };
}
