import { z } from 'zod';
import type { Label } from '../common/labelled-enum';
import {
  type DivisionRecord,
  GUIZHOU_PREFECTURES,
  GUIZHOU_PROVINCE,
  GUIZHOU_RETIRED_DIVISIONS,
  type RetiredDivisionRecord,
} from './guizhou-divisions';

/** 省级 / 地级 (市、州) / 县级 (县、市、区、特区). */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** A current GB/T 2260 division in Guizhou. */
export interface Division {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly level: DivisionLevel;
  readonly parentCode: string | null;
}

export type RetiredDivision = RetiredDivisionRecord;

export const GUIZHOU_PROVINCE_CODE = '520000';

/**
 * Province-level prefixes (the first two digits of an address code): the 34 GB/T 2260 province-level
 * units, 71 台湾省 included, plus 83, which Taiwan residents' residence permits (台湾居民居住证) use.
 * 81 and 82 serve both Hong Kong and Macao as divisions and their residents' residence permits.
 */
export const PROVINCE_LEVEL_PREFIXES: Readonly<Record<string, Label>> = {
  '11': { zh: '北京市', en: 'Beijing' },
  '12': { zh: '天津市', en: 'Tianjin' },
  '13': { zh: '河北省', en: 'Hebei' },
  '14': { zh: '山西省', en: 'Shanxi' },
  '15': { zh: '内蒙古自治区', en: 'Inner Mongolia' },
  '21': { zh: '辽宁省', en: 'Liaoning' },
  '22': { zh: '吉林省', en: 'Jilin' },
  '23': { zh: '黑龙江省', en: 'Heilongjiang' },
  '31': { zh: '上海市', en: 'Shanghai' },
  '32': { zh: '江苏省', en: 'Jiangsu' },
  '33': { zh: '浙江省', en: 'Zhejiang' },
  '34': { zh: '安徽省', en: 'Anhui' },
  '35': { zh: '福建省', en: 'Fujian' },
  '36': { zh: '江西省', en: 'Jiangxi' },
  '37': { zh: '山东省', en: 'Shandong' },
  '41': { zh: '河南省', en: 'Henan' },
  '42': { zh: '湖北省', en: 'Hubei' },
  '43': { zh: '湖南省', en: 'Hunan' },
  '44': { zh: '广东省', en: 'Guangdong' },
  '45': { zh: '广西壮族自治区', en: 'Guangxi' },
  '46': { zh: '海南省', en: 'Hainan' },
  '50': { zh: '重庆市', en: 'Chongqing' },
  '51': { zh: '四川省', en: 'Sichuan' },
  '52': { zh: '贵州省', en: 'Guizhou' },
  '53': { zh: '云南省', en: 'Yunnan' },
  '54': { zh: '西藏自治区', en: 'Tibet' },
  '61': { zh: '陕西省', en: 'Shaanxi' },
  '62': { zh: '甘肃省', en: 'Gansu' },
  '63': { zh: '青海省', en: 'Qinghai' },
  '64': { zh: '宁夏回族自治区', en: 'Ningxia' },
  '65': { zh: '新疆维吾尔自治区', en: 'Xinjiang' },
  '71': { zh: '台湾省', en: 'Taiwan' },
  '81': { zh: '香港特别行政区', en: 'Hong Kong' },
  '82': { zh: '澳门特别行政区', en: 'Macao' },
  '83': { zh: '台湾居民（居住证）', en: 'Taiwan (residence permit)' },
};

/** What an address code (the first 6 digits of an ID number) refers to. */
export type AddressCodeLookup =
  | { readonly kind: 'current'; readonly division: Division }
  | {
      readonly kind: 'retired';
      readonly code: string;
      readonly name: string;
      readonly validFrom: number;
      readonly validTo: number;
      readonly successors: string[];
    }
  /** provinceCode is the 6-digit province-level code, e.g. '110000'. */
  | { readonly kind: 'other-province'; readonly provinceCode: string }
  | { readonly kind: 'unknown' };

const province: Division = Object.freeze({ ...GUIZHOU_PROVINCE, level: 'province', parentCode: null });

const prefectures: readonly Division[] = Object.freeze(
  GUIZHOU_PREFECTURES.map(
    (p): Division =>
      Object.freeze({
        code: p.code,
        name: p.name,
        nameEn: p.nameEn,
        level: 'prefecture',
        parentCode: GUIZHOU_PROVINCE_CODE,
      }),
  ),
);

const countiesByPrefecture: ReadonlyMap<string, readonly Division[]> = new Map(
  GUIZHOU_PREFECTURES.map((p) => [
    p.code,
    Object.freeze(
      p.counties.map(
        (c: DivisionRecord): Division => Object.freeze({ ...c, level: 'county', parentCode: p.code }),
      ),
    ),
  ]),
);

const allCounties: readonly Division[] = Object.freeze([...countiesByPrefecture.values()].flat());

const currentByCode: ReadonlyMap<string, Division> = new Map(
  [province, ...prefectures, ...allCounties].map((d) => [d.code, d]),
);

const retiredByCode: ReadonlyMap<string, RetiredDivisionRecord> = new Map(
  GUIZHOU_RETIRED_DIVISIONS.map((r) => [r.code, r]),
);

const SIX_DIGITS = /^\d{6}$/;
const NO_DIVISIONS: readonly Division[] = Object.freeze([]);

/** The 9 prefecture-level units, in code order. */
export function listPrefectures(): readonly Division[] {
  return prefectures;
}

/** All 88 county-level units, or those of one prefecture (empty when the code is not a prefecture). */
export function listCounties(prefectureCode?: string): readonly Division[] {
  if (prefectureCode === undefined) return allCounties;
  return countiesByPrefecture.get(prefectureCode) ?? NO_DIVISIONS;
}

/** A current division (province, prefecture or county); retired codes are not divisions any more. */
export function getDivision(code: string): Division | undefined {
  return currentByCode.get(code);
}

/** The 63 retired Guizhou codes (§10.2), in code order. */
export function listRetiredDivisions(): readonly RetiredDivision[] {
  return GUIZHOU_RETIRED_DIVISIONS;
}

export function isGuizhouCountyCode(code: string): boolean {
  return currentByCode.get(code)?.level === 'county';
}

/** The prefecture code of a current county code; undefined for anything else. */
export function prefectureOf(code: string): string | undefined {
  const division = currentByCode.get(code);
  return division?.level === 'county' ? (division.parentCode ?? undefined) : undefined;
}

/** The chain from the province down to `code`: [province, prefecture, county]; empty when not current. */
export function divisionPath(code: string): readonly Division[] {
  const path: Division[] = [];
  let division = currentByCode.get(code);
  while (division) {
    path.unshift(division);
    division = division.parentCode === null ? undefined : currentByCode.get(division.parentCode);
  }
  return path;
}

/**
 * Classifies an ID number's address code. Only Guizhou codes are checked in full; for other provinces
 * the prefix is all we can vouch for without the national historical list.
 */
export function lookupAddressCode(code: string): AddressCodeLookup {
  const division = currentByCode.get(code);
  if (division) return { kind: 'current', division };
  const retired = retiredByCode.get(code);
  if (retired) {
    return {
      kind: 'retired',
      code: retired.code,
      name: retired.name,
      validFrom: retired.validFrom,
      validTo: retired.validTo,
      successors: [...retired.successors],
    };
  }
  const prefix = code.slice(0, 2);
  if (SIX_DIGITS.test(code) && prefix !== '52' && prefix in PROVINCE_LEVEL_PREFIXES) {
    return { kind: 'other-province', provinceCode: `${prefix}0000` };
  }
  return { kind: 'unknown' };
}

/**
 * The current codes that now cover a retired code's area, following chains of renames
 * (522423 黔西县 → 520522 黔西县 → 520581 黔西市). Empty for a former 地区, whose counties moved one by one.
 */
export function currentSuccessorsOf(code: string): string[] {
  const found = new Set<string>();
  const pending = [code];
  const seen = new Set<string>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    if (next !== code && currentByCode.has(next)) {
      found.add(next);
      continue;
    }
    pending.push(...(retiredByCode.get(next)?.successors ?? []));
  }
  return [...found].sort();
}

export const CountyCodeSchema = z
  .string()
  .refine(
    isGuizhouCountyCode,
    '不是贵州省现行县级行政区划代码 / not a current Guizhou county-level division code',
  );

export const DivisionCodeSchema = z
  .string()
  .refine(
    (code) => currentByCode.has(code),
    '不是贵州省现行行政区划代码 / not a current Guizhou division code',
  );
