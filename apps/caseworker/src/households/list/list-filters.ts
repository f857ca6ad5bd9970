import {
  getDivision,
  HardshipCategory,
  HardshipCause,
  HouseholdSort,
  HouseholdStatus,
  type LabelledEnum,
} from '@bangfu/domain';
import type { HouseholdListInput } from '../../api/types';

/** The list's filters, kept in the URL so a search survives a visit to a file and back. */
export interface ListFilters {
  q?: string;
  category?: HardshipCategory;
  cause?: HardshipCause;
  status?: HouseholdStatus;
  divisionCode?: string;
  orgId?: string;
  sort: HouseholdSort;
}

export const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function enumParam<K extends string>(e: LabelledEnum<K>, raw: string | null): K | undefined {
  return raw !== null && (e.values as readonly string[]).includes(raw) ? (raw as K) : undefined;
}

/** Reads filters from the URL, dropping anything malformed rather than sending it to the server. */
export function readFilters(params: URLSearchParams): ListFilters {
  const q = params.get('q')?.trim();
  const division = params.get('division');
  const org = params.get('org');
  const sort = HouseholdSort.safeParse(params.get('sort'));
  return {
    q: q ? q.slice(0, 50) : undefined,
    category: enumParam(HardshipCategory, params.get('category')),
    cause: enumParam(HardshipCause, params.get('cause')),
    status: enumParam(HouseholdStatus, params.get('status')),
    divisionCode: division && getDivision(division) ? division : undefined,
    orgId: org && UUID.test(org) ? org : undefined,
    sort: sort.success ? sort.data : 'updatedDesc',
  };
}

export function writeFilters(f: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ['q', f.q],
    ['category', f.category],
    ['cause', f.cause],
    ['status', f.status],
    ['division', f.divisionCode],
    ['org', f.orgId],
    ['sort', f.sort === 'updatedDesc' ? undefined : f.sort],
  ];
  for (const [key, value] of entries) if (value) params.set(key, value);
  return params;
}

export function toListInput(f: ListFilters): HouseholdListInput {
  const { q, category, cause, status, divisionCode, orgId, sort } = f;
  return { q, category, cause, status, divisionCode, orgId, sort, limit: PAGE_SIZE };
}
