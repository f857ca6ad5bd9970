import { describe, expect, it } from 'vitest';
import type { KioskPosition } from '../api/types';
import { applyFilter, categoryOptions, countyOptions, effectiveFilter, NO_FILTER } from './filters';
import { clampPage, PAGE_SIZE, pageCount, pageItems, stepPage } from './paging';

function position(id: string, category: KioskPosition['category'], divisionCode: string): KioskPosition {
  return {
    id,
    title: `岗位${id}`,
    category,
    divisionCode,
    countyName: divisionCode === '520302' ? '红花岗区' : '汇川区',
    employerName: '单位',
    boothNo: 'A1',
    salaryMinFen: 300_000,
    salaryMaxFen: 400_000,
    openings: 2,
    hours: 'FULL_TIME',
    requirements: null,
    skills: [],
    suitability: [],
    validTo: '2026-12-31',
  };
}

const positions = [
  position('1', 'CATERING', '520303'),
  position('2', 'HOUSEKEEPING', '520302'),
  position('3', 'HOUSEKEEPING', '520303'),
];

describe('filters', () => {
  it('offers only the categories and counties the fair has, in enum and code order, with counts', () => {
    expect(categoryOptions(positions).map((o) => [o.value, o.count])).toEqual([
      ['HOUSEKEEPING', 2],
      ['CATERING', 1],
    ]);
    expect(countyOptions(positions).map((o) => [o.value, o.label, o.count])).toEqual([
      ['520302', '红花岗区', 1],
      ['520303', '汇川区', 2],
    ]);
  });

  it('combines category and county', () => {
    const f = { category: 'HOUSEKEEPING' as const, county: '520303' };
    expect(applyFilter(positions, f).map((p) => p.id)).toEqual(['3']);
    expect(applyFilter(positions, NO_FILTER)).toBe(positions);
  });

  it('drops a choice whose last position has left, instead of showing an empty screen', () => {
    const chosen = { category: 'CATERING' as const, county: '520302' };
    expect(effectiveFilter(chosen, positions.slice(1))).toEqual({ category: null, county: '520302' });
  });
});

describe('paging', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
  });

  it('wraps around both ways and clamps a page that no longer exists', () => {
    expect(stepPage(2, 3, 1)).toBe(0);
    expect(stepPage(0, 3, -1)).toBe(2);
    expect(clampPage(5, 2)).toBe(1);
    expect(clampPage(-1, 2)).toBe(0);
  });

  it('slices one page', () => {
    const items = Array.from({ length: 14 }, (_, i) => i);
    expect(pageItems(items, 2)).toEqual([12, 13]);
  });
});
