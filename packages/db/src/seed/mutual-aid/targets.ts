import { GUIZHOU_2016_HOUSEHOLDS } from '../apportion';

/**
 * 职工医疗互助 province-wide, as the seed article gives it: 7,108 units and 724,800 workers
 * joined, 1.2亿 yuan was raised, 1.1万 sick workers received 553.5万 yuan; 六盘水 gives 314
 * extremely poor workers a 1,000-yuan pharmacy account. Amounts in fen.
 */
export const ARTICLE_MUTUAL_AID = {
  units: 7_108,
  members: 724_800,
  raisedFen: 12_000_000_000,
  paidClaims: 11_000,
  paidFen: 553_500_000,
  pharmacyAccounts: 314,
} as const;

/** The schemes' term: the article's figures are those of 2016. */
export const MUTUAL_AID_TERM_YEAR = 2016;

/** `value` scaled to a province of `households` (exact at 197,392). */
export function scaledToHouseholds(value: number, households: number): number {
  return Math.round((value * households) / GUIZHOU_2016_HOUSEHOLDS);
}

/**
 * Members per prefecture, in per mille [A]: union membership follows the urban workforce, so
 * 贵阳 and 遵义 lead and 六盘水's mines and steel works weigh more than its population.
 */
export const MEMBER_WEIGHTS: Readonly<Record<string, number>> = {
  '520100': 240, // 贵阳市
  '520200': 110, // 六盘水市
  '520300': 190, // 遵义市
  '520400': 60, // 安顺市
  '520500': 95, // 毕节市
  '520600': 70, // 铜仁市
  '522300': 70, // 黔西南州
  '522600': 80, // 黔东南州
  '522700': 85, // 黔南州
};
