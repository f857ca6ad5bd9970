import { type Division, listCounties, listPrefectures } from '@bangfu/domain';
import { apportion, categoryCounts, SEED_CATEGORIES, type SeedCategory } from './apportion';
import type { Rng } from './prng';

/**
 * Shares of the province's filed households per prefecture, in per mille. Roughly the urban
 * population (贵阳 and 遵义 largest), raised for 六盘水 where the 水钢/水矿 restructuring laid off
 * many workers (seed article), and kept realistic for the largely rural 毕节 and the three 州.
 */
const PREFECTURE_WEIGHTS: Readonly<Record<string, number>> = {
  '520100': 210, // 贵阳市
  '520200': 105, // 六盘水市
  '520300': 195, // 遵义市
  '520400': 60, // 安顺市
  '520500': 125, // 毕节市
  '520600': 70, // 铜仁市
  '522300': 65, // 黔西南州
  '522600': 85, // 黔东南州
  '522700': 85, // 黔南州
};

/** Within a prefecture: the first-listed (central) district, other districts, county-level cities, counties. */
function countyWeight(county: Division, index: number): number {
  if (county.name.endsWith('区')) return index === 0 ? 6 : 4;
  if (county.name.endsWith('市')) return 3;
  return 2;
}

export interface CountySlot {
  readonly prefecture: Division;
  readonly county: Division;
}

/** All 88 counties in code order with their prefecture. */
export const COUNTY_SLOTS: readonly CountySlot[] = listPrefectures().flatMap((prefecture) =>
  listCounties(prefecture.code).map((county) => ({ prefecture, county })),
);

/** Exact household counts per county (index into COUNTY_SLOTS), summing to n. */
export function countyCounts(n: number): number[] {
  const prefectures = listPrefectures();
  const perPrefecture = apportion(
    n,
    prefectures.map((p) => PREFECTURE_WEIGHTS[p.code] ?? 1),
  );
  return prefectures.flatMap((p, i) =>
    apportion(
      perPrefecture[i] ?? 0,
      listCounties(p.code).map((c, j) => countyWeight(c, j)),
    ),
  );
}

/**
 * For each household index 0…n−1, its county (index into COUNTY_SLOTS) and category (index into
 * SEED_CATEGORIES). Both follow exact apportioned counts and are shuffled independently, so every
 * county gets the province-wide category mix up to sampling noise.
 */
export function assignHouseholds(rng: Rng, n: number): { county: Uint8Array; category: Uint8Array } {
  const county = new Uint8Array(n);
  let at = 0;
  countyCounts(n).forEach((count, index) => {
    county.fill(index, at, at + count);
    at += count;
  });
  const category = new Uint8Array(n);
  at = 0;
  const counts = categoryCounts(n);
  SEED_CATEGORIES.forEach((c: SeedCategory, index) => {
    category.fill(index, at, at + counts[c]);
    at += counts[c];
  });
  rng.shuffle(county);
  rng.shuffle(category);
  return { county, category };
}
