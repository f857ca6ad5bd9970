import {
  type EnterpriseMeasure,
  EnterpriseMeasureSchema,
  type EnterpriseReason,
  type EnterpriseStatus,
  type HardshipRisk,
  hardshipRisk,
} from '@bangfu/domain';
import { z } from 'zod';
import type { EnterpriseRow } from './enterprise-queries';

export interface EnterpriseDto {
  id: string;
  orgId: string;
  orgName: string;
  employerId: string | null;
  name: string;
  industryUnion: string | null;
  divisionCode: string;
  reason: EnterpriseReason;
  workersTotal: number;
  workersAffected: number;
  measures: EnterpriseMeasure[];
  status: EnterpriseStatus;
  reportedOn: string;
  risk: HardshipRisk;
  version: number;
}

const MeasuresSchema = z.array(EnterpriseMeasureSchema);

/** jsonb comes back parsed on both drivers; anything unreadable shows as no measures. */
function measuresOf(value: unknown): EnterpriseMeasure[] {
  const raw = typeof value === 'string' ? JSON.parse(value) : value;
  const parsed = MeasuresSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

export function toEnterpriseDto(r: EnterpriseRow, linkedStatuses: readonly string[]): EnterpriseDto {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    employerId: r.employer_id,
    name: r.name,
    industryUnion: r.industry_union,
    divisionCode: r.division_code,
    reason: r.reason as EnterpriseReason,
    workersTotal: r.workers_total,
    workersAffected: r.workers_affected,
    measures: measuresOf(r.measures),
    status: r.status as EnterpriseStatus,
    reportedOn: r.reported_on,
    risk: hardshipRisk(r.workers_affected, linkedStatuses),
    version: r.version,
  };
}
