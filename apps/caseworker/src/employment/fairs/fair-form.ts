import type { FairProgramme } from '@bangfu/domain';
import type { Dayjs } from 'dayjs';
import { fieldMapper } from '../form/validate';

/** The fair form as antd holds it: the area as a cascader path, the days as one range. */
export interface FairFormValues {
  organiserOrgId?: string;
  name?: string;
  programme?: FairProgramme;
  /** [prefectureCode] or [prefectureCode, countyCode] */
  division?: string[];
  venue?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

export const FAIR_FIELDS: ReadonlySet<string> = new Set([
  'organiserOrgId',
  'name',
  'programme',
  'division',
  'venue',
  'dates',
]);

export const fairFieldOf = fieldMapper({ divisionCode: 'division', startDate: 'dates', endDate: 'dates' });

export function toFairDraft(v: FairFormValues): Record<string, unknown> {
  return {
    organiserOrgId: v.organiserOrgId,
    name: v.name,
    programme: v.programme,
    divisionCode: v.division?.at(-1),
    venue: v.venue,
    startDate: v.dates?.[0]?.format('YYYY-MM-DD'),
    endDate: v.dates?.[1]?.format('YYYY-MM-DD'),
  };
}
