import { getDivision, type LabelledEnum, PositionCategory, PositionStatus } from '@bangfu/domain';
import type { PositionListInput } from '../api/types';

/** The position list's filters, kept in the URL so they survive opening a position and coming back. */
export interface PositionFilters {
  employerId?: string;
  category?: PositionCategory;
  status?: PositionStatus;
  divisionCode?: string;
  listedOnly: boolean;
}

export const POSITION_PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function enumParam<K extends string>(e: LabelledEnum<K>, raw: string | null): K | undefined {
  return raw !== null && (e.values as readonly string[]).includes(raw) ? (raw as K) : undefined;
}

/** Reads the filters from the URL, dropping anything malformed rather than sending it. */
export function readPositionFilters(params: URLSearchParams): PositionFilters {
  const employer = params.get('employer');
  const division = params.get('division');
  return {
    employerId: employer && UUID.test(employer) ? employer : undefined,
    category: enumParam(PositionCategory, params.get('category')),
    status: enumParam(PositionStatus, params.get('status')),
    divisionCode: division && getDivision(division) ? division : undefined,
    listedOnly: params.get('listed') === '1',
  };
}

export function writePositionFilters(f: PositionFilters): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ['employer', f.employerId],
    ['category', f.category],
    ['status', f.status],
    ['division', f.divisionCode],
    ['listed', f.listedOnly ? '1' : undefined],
  ];
  for (const [key, value] of entries) if (value) params.set(key, value);
  return params;
}

export function toPositionListInput(f: PositionFilters): PositionListInput {
  const { employerId, category, status, divisionCode, listedOnly } = f;
  return {
    employerId,
    category,
    status,
    divisionCode,
    listedOnly: listedOnly || undefined,
    limit: POSITION_PAGE_SIZE,
  };
}
