import { PositionCategory } from '@bangfu/domain';
import type { KioskPosition } from '../api/types';

export interface PositionFilter {
  category: PositionCategory | null;
  county: string | null;
}

export const NO_FILTER: PositionFilter = { category: null, county: null };

export interface FilterOption<V extends string> {
  value: V;
  label: string;
  count: number;
}

/** The categories present in the fair, in the enum's order, with how many positions each has. */
export function categoryOptions(positions: readonly KioskPosition[]): FilterOption<PositionCategory>[] {
  const counts = new Map<PositionCategory, number>();
  for (const p of positions) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  return PositionCategory.values
    .filter((c) => counts.has(c))
    .map((c) => ({ value: c, label: PositionCategory.label(c, 'zh'), count: counts.get(c) ?? 0 }));
}

/** The counties present in the fair, by division code. */
export function countyOptions(positions: readonly KioskPosition[]): FilterOption<string>[] {
  const byCode = new Map<string, FilterOption<string>>();
  for (const p of positions) {
    const o = byCode.get(p.divisionCode);
    if (o) o.count += 1;
    else byCode.set(p.divisionCode, { value: p.divisionCode, label: p.countyName, count: 1 });
  }
  return [...byCode.values()].sort((a, b) => a.value.localeCompare(b.value));
}

/**
 * The filter that still applies to fresh data: a chosen category or county that has left the
 * fair (its last position filled) falls back to "all" instead of showing an empty screen.
 */
export function effectiveFilter(filter: PositionFilter, positions: readonly KioskPosition[]): PositionFilter {
  return {
    category:
      filter.category && positions.some((p) => p.category === filter.category) ? filter.category : null,
    county: filter.county && positions.some((p) => p.divisionCode === filter.county) ? filter.county : null,
  };
}

export function applyFilter(
  positions: readonly KioskPosition[],
  f: PositionFilter,
): readonly KioskPosition[] {
  if (!f.category && !f.county) return positions;
  return positions.filter(
    (p) => (!f.category || p.category === f.category) && (!f.county || p.divisionCode === f.county),
  );
}
