import type {
  Festival,
  FestivalAmounts,
  FestivalCampaignStatus,
  FundingSource,
  HouseholdStatus,
} from '@bangfu/domain';
import type { CampaignRow } from './campaign-rows';

/** A campaign as the UI sees it (no row types leak out of the api). */
export interface CampaignDto {
  id: string;
  name: string;
  festival: Festival;
  year: number;
  orgId: string;
  amounts: FestivalAmounts;
  eligibleStatuses: HouseholdStatus[];
  fundingSource: FundingSource;
  policyVersion: number;
  status: FestivalCampaignStatus;
  listedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  totalCount: number;
  totalFen: number;
  paidCount: number;
  paidFen: number;
  lastError: string | null;
  createdBy: string;
  createdAt: string;
  version: number;
}

export function toCampaignDto(row: CampaignRow): CampaignDto {
  return {
    id: row.id,
    name: row.name,
    festival: row.festival as Festival,
    year: row.year,
    orgId: row.org_id,
    amounts: row.amounts as FestivalAmounts,
    eligibleStatuses: row.eligible_statuses as HouseholdStatus[],
    fundingSource: row.funding_source as FundingSource,
    policyVersion: row.policy_version,
    status: row.status as FestivalCampaignStatus,
    listedAt: row.listed_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    totalCount: Number(row.total_count),
    totalFen: Number(row.total_fen),
    paidCount: Number(row.paid_count),
    paidFen: Number(row.paid_fen),
    lastError: row.last_error,
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: row.version,
  };
}

/** What the audit log keeps of a campaign at a step. */
export function campaignSnapshot(dto: CampaignDto): Record<string, unknown> {
  const { lastError: _e, createdAt: _c, ...rest } = dto;
  return rest;
}

/** What a write returns: the campaign and its new version, for the next optimistic step. */
export interface SavedCampaign {
  id: string;
  version: number;
}
