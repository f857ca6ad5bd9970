import { currentSuccessorsOf, listCounties, listRetiredDivisions, prefectureOf } from '@bangfu/domain';
import type { Rng } from './prng';

/**
 * Where an ID number's address code comes from (brief §9): the county of first registration, which
 * stays for life. Most hardship workers were registered in the prefecture where they live now; some
 * carry a code retired since (毕节地区 → 毕节市 in 2011, 遵义县 → 播州区 in 2016, …) and some are
 * migrants from neighbouring provinces.
 */

/** Real county-level codes of the provinces Guizhou's migrant workers mostly come from. */
const OTHER_PROVINCE_CODES = [
  '500101', // 重庆市万州区
  '500102', // 重庆市涪陵区
  '500103', // 重庆市渝中区
  '510104', // 成都市锦江区
  '510502', // 泸州市江阳区
  '511502', // 宜宾市翠屏区
  '530102', // 昆明市五华区
  '530302', // 曲靖市麒麟区
  '530602', // 昭通市昭阳区
  '430102', // 长沙市芙蓉区
  '431202', // 怀化市鹤城区
  '450102', // 南宁市兴宁区
  '450202', // 柳州市城中区
  '420106', // 武汉市武昌区
] as const;

interface RetiredCode {
  readonly code: string;
  readonly validTo: number;
}

/** Retired county-level codes (not the former 地区 themselves) whose area now lies in each prefecture. */
const RETIRED_BY_PREFECTURE: ReadonlyMap<string, readonly RetiredCode[]> = (() => {
  const byPrefecture = new Map<string, RetiredCode[]>();
  for (const retired of listRetiredDivisions()) {
    if (retired.code.endsWith('00')) continue;
    const prefectures = new Set(currentSuccessorsOf(retired.code).map((c) => prefectureOf(c)));
    for (const prefecture of prefectures) {
      if (prefecture === undefined) continue;
      const list = byPrefecture.get(prefecture) ?? [];
      list.push({ code: retired.code, validTo: retired.validTo });
      byPrefecture.set(prefecture, list);
    }
  }
  return byPrefecture;
})();

const COUNTY_CODES_BY_PREFECTURE = new Map<string, readonly string[]>();
function countyCodesOf(prefectureCode: string): readonly string[] {
  let codes = COUNTY_CODES_BY_PREFECTURE.get(prefectureCode);
  if (!codes) {
    codes = listCounties(prefectureCode).map((c) => c.code);
    COUNTY_CODES_BY_PREFECTURE.set(prefectureCode, codes);
  }
  return codes;
}

export interface OriginMix {
  /** Share of people registered in another province. */
  readonly otherProvince: number;
  /** Share carrying a retired Guizhou code (only if one was in use by their birth year). */
  readonly retired: number;
  /** Share registered in the household's own county; the rest elsewhere in the prefecture. */
  readonly sameCounty: number;
}

export const ADULT_ORIGIN: OriginMix = { otherProvince: 0.06, retired: 0.05, sameCounty: 0.7 };
export const ELDER_ORIGIN: OriginMix = { otherProvince: 0.04, retired: 0.12, sameCounty: 0.6 };
export const CHILD_ORIGIN: OriginMix = { otherProvince: 0.01, retired: 0.01, sameCounty: 0.92 };

/** The 6-digit address code of a person's ID number. */
export function originAddressCode(
  rng: Rng,
  input: { prefectureCode: string; countyCode: string; birthYear: number; mix: OriginMix },
): string {
  const { mix } = input;
  const roll = rng.float();
  if (roll < mix.otherProvince) return rng.pick(OTHER_PROVINCE_CODES);
  if (roll < mix.otherProvince + mix.retired) {
    const usable = (RETIRED_BY_PREFECTURE.get(input.prefectureCode) ?? []).filter(
      (r) => r.validTo >= input.birthYear,
    );
    if (usable.length > 0) return rng.pick(usable).code;
  }
  if (rng.chance(mix.sameCounty)) return input.countyCode;
  return rng.pick(countyCodesOf(input.prefectureCode));
}
