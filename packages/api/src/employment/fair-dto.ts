import type { FairRow } from '@bangfu/db';
import type { FairProgramme, FairStatus } from '@bangfu/domain';
import type { PositionDto } from './position-dto';

export interface FairDto {
  id: string;
  name: string;
  programme: FairProgramme;
  divisionCode: string;
  venue: string;
  startDate: string;
  endDate: string;
  status: FairStatus;
  organiserOrgId: string;
  organiserName: string;
  boothCount: number;
  positionCount: number;
  publishedAt: string | null;
  version: number;
}

export interface FairBoothDto {
  employerId: string;
  employerName: string;
  boothNo: string;
  positions: PositionDto[];
}

export type FairDetailDto = FairDto & {
  booths: FairBoothDto[];
  /** Visitors' interest per position, from the kiosk. */
  interest: { positionId: string; count: number }[];
};

export function toFairDto(r: FairRow): FairDto {
  return {
    id: r.id,
    name: r.name,
    programme: r.programme as FairProgramme,
    divisionCode: r.division_code,
    venue: r.venue,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status as FairStatus,
    organiserOrgId: r.organiser_org_id,
    organiserName: r.organiser_name,
    boothCount: Number(r.booth_count ?? 0),
    positionCount: Number(r.position_count ?? 0),
    publishedAt: r.published_at,
    version: r.version,
  };
}

/** What the audit log keeps of a fair's own fields. */
export function fairSnapshot(dto: FairDto): Omit<FairDto, 'organiserName' | 'boothCount' | 'positionCount'> {
  const { organiserName: _o, boothCount: _b, positionCount: _p, ...rest } = dto;
  return rest;
}
