import { blankToNull, fieldMapper } from '../form/validate';

/** The employer form as antd holds it: the county as a cascader path. */
export interface EmployerFormValues {
  orgId?: string;
  name?: string;
  /** [prefectureCode, countyCode] */
  division?: string[];
  industry?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

export const EMPLOYER_FIELDS: ReadonlySet<string> = new Set([
  'orgId',
  'name',
  'division',
  'industry',
  'address',
  'contactName',
  'contactPhone',
]);

export const employerFieldOf = fieldMapper({ divisionCode: 'division' });

export function toEmployerDraft(v: EmployerFormValues): Record<string, unknown> {
  return {
    orgId: v.orgId,
    name: v.name,
    divisionCode: v.division?.[1],
    industry: v.industry,
    address: v.address,
    contactName: blankToNull(v.contactName),
    contactPhone: blankToNull(v.contactPhone)?.trim() ?? null,
  };
}
