import { describe, expect, it } from 'vitest';
import {
  CountyCodeSchema,
  currentSuccessorsOf,
  DivisionCodeSchema,
  divisionPath,
  GUIZHOU_PROVINCE_CODE,
  getDivision,
  isGuizhouCountyCode,
  listCounties,
  listPrefectures,
  listRetiredDivisions,
  lookupAddressCode,
  PROVINCE_LEVEL_PREFIXES,
  prefectureOf,
} from './divisions';

describe('current Guizhou divisions (§10.1)', () => {
  it('has the province, 9 prefectures and 88 counties', () => {
    expect(getDivision(GUIZHOU_PROVINCE_CODE)).toMatchObject({
      name: '贵州省',
      level: 'province',
      parentCode: null,
    });
    expect(listPrefectures()).toHaveLength(9);
    expect(listCounties()).toHaveLength(88);
  });

  it.each([
    ['520100', '贵阳市', 10],
    ['520200', '六盘水市', 4],
    ['520300', '遵义市', 14],
    ['520400', '安顺市', 6],
    ['520500', '毕节市', 8],
    ['520600', '铜仁市', 10],
    ['522300', '黔西南布依族苗族自治州', 8],
    ['522600', '黔东南苗族侗族自治州', 16],
    ['522700', '黔南布依族苗族自治州', 12],
  ])('%s %s has %i counties', (code, name, count) => {
    expect(getDivision(code)).toMatchObject({ name, level: 'prefecture', parentCode: GUIZHOU_PROVINCE_CODE });
    expect(listCounties(code)).toHaveLength(count);
  });

  it('gives every county a prefecture parent, a unique code and an English name', () => {
    const codes = new Set<string>();
    for (const county of listCounties()) {
      expect(county.level).toBe('county');
      expect(getDivision(county.parentCode ?? '')?.level).toBe('prefecture');
      expect(county.code).toMatch(/^52\d{4}$/);
      expect(county.code.slice(0, 4)).toBe(county.parentCode?.slice(0, 4));
      expect(county.nameEn).toMatch(/ (District|County|City|Special District)$/);
      codes.add(county.code);
    }
    expect(codes.size).toBe(88);
  });

  it.each([
    ['520581', '黔西市', 'Qianxi City', '520500'],
    ['520102', '南明区', 'Nanming District', '520100'],
    ['520204', '水城区', 'Shuicheng District', '520200'],
    ['522301', '兴义市', 'Xingyi City', '522300'],
  ])('%s is %s (%s) in %s', (code, name, nameEn, parent) => {
    expect(getDivision(code)).toEqual({ code, name, nameEn, level: 'county', parentCode: parent });
    expect(prefectureOf(code)).toBe(parent);
  });

  it('returns an empty list for a code that is not a prefecture', () => {
    expect(listCounties('520102')).toEqual([]);
    expect(listCounties('999999')).toEqual([]);
  });

  it.each([
    ['520581', ['520000', '520500', '520581']],
    ['520500', ['520000', '520500']],
    ['520000', ['520000']],
    ['520522', []],
    ['110105', []],
  ])('divisionPath(%s) is %j', (code, expected) => {
    expect(divisionPath(code).map((d) => d.code)).toEqual(expected);
  });

  it.each([
    ['520102', true],
    ['520581', true],
    ['520522', false], // retired
    ['520100', false], // prefecture
    ['520000', false], // province
    ['520528', false], // invented for 百里杜鹃管理区, not GB/T 2260
    ['110105', false],
    ['', false],
  ])('isGuizhouCountyCode(%j) is %s', (code, expected) => {
    expect(isGuizhouCountyCode(code)).toBe(expected);
    expect(prefectureOf(code) !== undefined).toBe(expected);
  });
});

describe('retired codes (§10.2)', () => {
  const retired = listRetiredDivisions();

  it('lists all 63, none of them also current', () => {
    expect(retired).toHaveLength(63);
    expect(new Set(retired.map((r) => r.code)).size).toBe(63);
    for (const r of retired) expect(getDivision(r.code)).toBeUndefined();
  });

  it('gives every retired code a sane period and successors that exist', () => {
    for (const r of retired) {
      expect(r.validFrom).toBeLessThanOrEqual(r.validTo);
      for (const s of r.successors) {
        expect(getDivision(s) ?? retired.find((x) => x.code === s)).toBeDefined();
      }
    }
  });

  it('leads every retired county code to at least one current county', () => {
    for (const r of retired.filter((x) => !x.code.endsWith('00'))) {
      const now = currentSuccessorsOf(r.code);
      expect(now.length, r.code).toBeGreaterThan(0);
      for (const code of now) expect(isGuizhouCountyCode(code)).toBe(true);
    }
  });

  it.each([
    ['522423', ['520581']], // 黔西县 → 黔西县 (520522) → 黔西市
    ['520221', ['520201', '520204']], // 水城县 split in 2020
    ['520202', ['520281']], // 盘县特区 → 盘县 → 盘州市
    ['522130', ['520382']], // 仁怀县 → 仁怀市 (522103) → 520382
    ['520321', ['520302', '520303', '520304']],
    ['522400', []], // 毕节地区: its counties moved one by one
  ])('currentSuccessorsOf(%s) is %j', (code, expected) => {
    expect(currentSuccessorsOf(code)).toEqual(expected);
  });
});

describe('lookupAddressCode', () => {
  it.each([
    ['520102', { kind: 'current', division: getDivision('520102') }],
    [
      '522401',
      {
        kind: 'retired',
        code: '522401',
        name: '毕节市',
        validFrom: 1993,
        validTo: 2011,
        successors: ['520502'],
      },
    ],
    [
      '520522',
      {
        kind: 'retired',
        code: '520522',
        name: '黔西县',
        validFrom: 2011,
        validTo: 2021,
        successors: ['520581'],
      },
    ],
    ['110105', { kind: 'other-province', provinceCode: '110000' }],
    ['810000', { kind: 'other-province', provinceCode: '810000' }],
    ['830000', { kind: 'other-province', provinceCode: '830000' }],
    ['520528', { kind: 'unknown' }], // 52 prefix but in neither list
    ['520101', { kind: 'unknown' }],
    ['990000', { kind: 'unknown' }],
    ['100000', { kind: 'unknown' }],
    ['11010', { kind: 'unknown' }],
    ['1101051', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
  ])('%j → %o', (code, expected) => {
    expect(lookupAddressCode(code)).toEqual(expected);
  });

  it('returns a copy of the successors so callers cannot edit the table', () => {
    const first = lookupAddressCode('520221');
    if (first.kind !== 'retired') throw new Error('expected retired');
    first.successors.push('999999');
    expect(lookupAddressCode('520221')).toMatchObject({ successors: ['520201', '520204'] });
  });

  it('knows 35 province-level prefixes: 34 GB/T 2260 units plus 83', () => {
    expect(Object.keys(PROVINCE_LEVEL_PREFIXES)).toHaveLength(35);
  });
});

describe('schemas', () => {
  it.each([
    ['520581', true, true],
    ['520500', false, true],
    ['520000', false, true],
    ['520522', false, false],
    ['110105', false, false],
  ])('%s: county %s, division %s', (code, county, division) => {
    expect(CountyCodeSchema.safeParse(code).success).toBe(county);
    expect(DivisionCodeSchema.safeParse(code).success).toBe(division);
  });

  it('explains a rejected county code in both languages', () => {
    const result = CountyCodeSchema.safeParse('520522');
    expect(result.error?.issues[0]?.message).toBe(
      '不是贵州省现行县级行政区划代码 / not a current Guizhou county-level division code',
    );
  });
});
