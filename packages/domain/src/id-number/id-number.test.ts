import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCounties } from '../divisions';
import {
  ageAt,
  computeCheckChar,
  type IdNumberInvalidReason,
  IdNumberSchema,
  type IdNumberWarningCode,
  parseIdNumber,
} from './id-number';

/** Builds a number with a correct check character from its first 17 digits. */
const withCheck = (first17: string): string => `${first17}${computeCheckChar(first17)}`;

describe('computeCheckChar (§9 worked examples)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['52010219800101001', '3'],
    ['52230119900615123', '8'],
  ])('%s → %s', (first17, expected) => {
    expect(computeCheckChar(first17)).toBe(expected);
  });

  it.each(['', '5201021980010100', '520102198001010013', '5201021980010100X'])('rejects %j', (bad) => {
    expect(() => computeCheckChar(bad)).toThrow(RangeError);
  });
});

describe('parseIdNumber: valid numbers', () => {
  it.each([
    {
      input: '11010519491231002X',
      number: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      sequence: '002',
      checkChar: 'X',
      warnings: ['ADDRESS_OTHER_PROVINCE'],
    },
    {
      input: '520102198001010013',
      number: '520102198001010013',
      birthDate: '1980-01-01',
      sex: 'male',
      sequence: '001',
      checkChar: '3',
      warnings: [],
    },
    {
      input: '522301199006151238',
      number: '522301199006151238',
      birthDate: '1990-06-15',
      sex: 'male',
      sequence: '123',
      checkChar: '8',
      warnings: [],
    },
    {
      input: '11010519491231002x',
      number: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      sequence: '002',
      checkChar: 'X',
      warnings: ['ADDRESS_OTHER_PROVINCE'],
    },
    {
      input: ' \t520102198001010013\u3000\n',
      number: '520102198001010013',
      birthDate: '1980-01-01',
      sex: 'male',
      sequence: '001',
      checkChar: '3',
      warnings: [],
    },
  ])('$input', ({ input, warnings, ...expected }) => {
    const result = parseIdNumber(input, { asOf: '2025-01-01' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ ...expected, original: input.trim(), upgradedFrom15: false });
    expect(result.value.addressCode).toBe(expected.number.slice(0, 6));
    expect(result.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('describes the address of a current Guizhou code', () => {
    const result = parseIdNumber('520102198001010013');
    expect(result.ok && result.value.address).toMatchObject({
      kind: 'current',
      division: { code: '520102', name: '南明区', parentCode: '520100' },
    });
  });
});

describe('parseIdNumber: 15-digit legacy numbers', () => {
  it('upgrades 520102800101001 to 520102198001010013 and keeps the original', () => {
    const result = parseIdNumber('520102800101001');
    expect(result).toMatchObject({
      ok: true,
      value: {
        number: '520102198001010013',
        original: '520102800101001',
        upgradedFrom15: true,
        birthDate: '1980-01-01',
        sex: 'male',
        sequence: '001',
        checkChar: '3',
      },
      warnings: [],
    });
  });

  it.each([
    ['522301900615124', 'female', '1990-06-15'],
    ['522401850101003', 'male', '1985-01-01'],
  ])('%s is %s, born %s', (input, sex, birthDate) => {
    expect(parseIdNumber(input)).toMatchObject({ ok: true, value: { sex, birthDate } });
  });
});

describe('parseIdNumber: birth dates', () => {
  it.each<[string, string, IdNumberInvalidReason | null]>([
    ['leap year 1980', withCheck('52010219800229001'), null],
    ['leap century 2000', withCheck('52010220000229001'), null],
    ['common year 1981', withCheck('52010219810229001'), 'BAD_BIRTH_DATE'],
    ['non-leap century 1900', withCheck('52010219000229001'), 'BAD_BIRTH_DATE'],
    ['15-digit 000229 means 1900-02-29', '520102000229001', 'BAD_BIRTH_DATE'],
    ['15-digit 840229 means 1984-02-29', '520102840229001', null],
    ['month 13', withCheck('52010219801301001'), 'BAD_BIRTH_DATE'],
    ['month 00', withCheck('52010219800001001'), 'BAD_BIRTH_DATE'],
    ['day 00', withCheck('52010219800100001'), 'BAD_BIRTH_DATE'],
    ['31 April', withCheck('52010219800431001'), 'BAD_BIRTH_DATE'],
    ['30 April', withCheck('52010219800430001'), null],
    ['31 December', withCheck('52010219801231001'), null],
  ])('%s', (_label, input, reason) => {
    const result = parseIdNumber(input, { asOf: '2025-01-01' });
    if (reason === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, reason });
  });

  it.each<[string, string, IdNumberInvalidReason | null]>([
    ['born after asOf', '2025-06-01', 'FUTURE_BIRTH_DATE'],
    ['born the day after asOf', '2025-05-31', 'FUTURE_BIRTH_DATE'],
    ['born on asOf', '2025-05-30', null],
    ['born 121 years before asOf', '1904-05-30', 'IMPLAUSIBLE_AGE'],
    ['turns 121 the day after asOf', '1904-05-31', null],
    ['exactly 120', '1905-05-30', null],
  ])('%s (%s, asOf 2025-05-30)', (_label, birthDate, reason) => {
    const input = withCheck(`520102${birthDate.replaceAll('-', '')}001`);
    const withAsOf = parseIdNumber(input, { asOf: '2025-05-30' });
    if (reason === null) expect(withAsOf.ok).toBe(true);
    else expect(withAsOf).toMatchObject({ ok: false, reason });
    // Without asOf there is no "today" to compare against, so these checks are skipped.
    expect(parseIdNumber(input).ok).toBe(true);
  });

  it('states the age in the IMPLAUSIBLE_AGE message', () => {
    const result = parseIdNumber(withCheck('52010218900101001'), { asOf: '2025-01-01' });
    expect(result).toMatchObject({ ok: false, reason: 'IMPLAUSIBLE_AGE' });
    expect(!result.ok && result.message.en).toContain('135');
  });

  it.each(['2025-13-01', '20250101', '2025-02-29', ''])('throws on a malformed asOf %j', (asOf) => {
    expect(() => parseIdNumber('520102198001010013', { asOf })).toThrow(RangeError);
  });
});

describe('parseIdNumber: every invalid reason', () => {
  it.each<[string, string, IdNumberInvalidReason]>([
    ['empty', '', 'EMPTY'],
    ['blank', '  \t ', 'EMPTY'],
    ['17 digits', '52010219800101001', 'BAD_FORMAT'],
    ['19 characters', '5201021980010100133', 'BAD_FORMAT'],
    ['16 digits', '5201021980010100', 'BAD_FORMAT'],
    ['inner space', '520102 198001010013', 'BAD_FORMAT'],
    ['inner dash', '520102-198001010013', 'BAD_FORMAT'],
    ['X not last', '5201021980010100X3', 'BAD_FORMAT'],
    ['other letter', '52010219800101001Y', 'BAD_FORMAT'],
    ['15 digits ending in X', '52010280010100X', 'BAD_FORMAT'],
    ['full-width digits', '５２０１０２１９８００１０１００１３', 'BAD_FORMAT'],
    ['bad check digit', '520102198001010012', 'BAD_CHECKSUM'],
    ['X where a digit belongs', '52010219800101001X', 'BAD_CHECKSUM'],
    ['digit where X belongs', '110105194912310021', 'BAD_CHECKSUM'],
    ['bad date and bad check digit', '520102198013010013', 'BAD_CHECKSUM'],
    ['not a date', withCheck('52010219800230001'), 'BAD_BIRTH_DATE'],
    ['future', withCheck('52010220300101001'), 'FUTURE_BIRTH_DATE'],
    ['too old', withCheck('52010218990101001'), 'IMPLAUSIBLE_AGE'],
  ])('%s: %j → %s', (_label, input, reason) => {
    const result = parseIdNumber(input, { asOf: '2025-01-01' });
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message.zh.length > 0 && result.message.en.length > 0).toBe(true);
  });
});

describe('parseIdNumber: address warnings', () => {
  it.each<[string, string, IdNumberWarningCode | null, string]>([
    ['毕节市 before 2011', withCheck('52240119850101001'), 'ADDRESS_RETIRED', '520502'],
    ['黔西县 (2011–2021), now 黔西市', withCheck('52052219950101001'), 'ADDRESS_RETIRED', '520581'],
    ['黔西县 before 2011, two renames ago', withCheck('52242319750101001'), 'ADDRESS_RETIRED', '520581'],
    ['水城县, split in 2020', withCheck('52022119900101002'), 'ADDRESS_RETIRED', '520204'],
    ['Beijing', '11010519491231002X', 'ADDRESS_OTHER_PROVINCE', '北京市'],
    ['Hong Kong residence permit', withCheck('81000019900101001'), 'ADDRESS_OTHER_PROVINCE', '香港'],
    ['Taiwan residence permit', withCheck('83000019900101001'), 'ADDRESS_OTHER_PROVINCE', '台湾'],
    ['52 prefix in neither list', withCheck('52052819900101001'), 'ADDRESS_UNKNOWN', '贵州'],
    ['no such province', withCheck('99000019900101001'), 'ADDRESS_UNKNOWN', '省级'],
    ['current 黔西市', withCheck('52058119900101001'), null, ''],
  ])('%s', (_label, input, code, mentioned) => {
    const result = parseIdNumber(input, { asOf: '2025-01-01' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    if (code === null) {
      expect(result.warnings).toEqual([]);
      return;
    }
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.code).toBe(code);
    expect(result.warnings[0]?.message.zh).toContain(mentioned);
    expect(result.warnings[0]?.message.en.length).toBeGreaterThan(0);
  });

  it('keeps the retired lookup in the parsed value', () => {
    const result = parseIdNumber(withCheck('52240119850101001'));
    expect(result.ok && result.value.address).toEqual({
      kind: 'retired',
      code: '522401',
      name: '毕节市',
      validFrom: 1993,
      validTo: 2011,
      successors: ['520502'],
    });
  });
});

describe('ageAt', () => {
  it.each([
    ['1980-01-01', '2025-01-01', 45],
    ['1980-01-02', '2025-01-01', 44],
    ['1980-06-15', '1980-06-15', 0],
    ['2000-02-29', '2001-02-28', 0],
    ['2000-02-29', '2001-03-01', 1],
    ['2000-02-29', '2004-02-29', 4],
    ['1904-05-31', '2025-05-30', 120],
  ])('born %s, on %s → %i', (birthDate, asOf, age) => {
    expect(ageAt(birthDate, asOf)).toBe(age);
  });

  it.each([
    ['1980-01-02', '1980-01-01'],
    ['1981-02-29', '2025-01-01'],
    ['1980-01-01', '2025/01/01'],
  ])('throws for born %s, on %s', (birthDate, asOf) => {
    expect(() => ageAt(birthDate, asOf)).toThrow(RangeError);
  });
});

describe('IdNumberSchema', () => {
  it.each([
    ['520102800101001', '520102198001010013'],
    ['11010519491231002x', '11010519491231002X'],
    [' 522301199006151238 ', '522301199006151238'],
    [withCheck('52240119850101001'), withCheck('52240119850101001')],
  ])('%j → %s', (input, output) => {
    expect(IdNumberSchema.parse(input)).toBe(output);
  });

  it.each([
    ['520102198001010012', '身份证号校验位错误 / ID number check digit is wrong', 'BAD_CHECKSUM'],
    ['', '请填写身份证号 / ID number is required', 'EMPTY'],
  ])('rejects %j with a bilingual message and the reason code', (input, message, reason) => {
    const issue = IdNumberSchema.safeParse(input).error?.issues[0];
    expect(issue?.message).toBe(message);
    expect(issue).toMatchObject({ code: 'custom', params: { reason } });
  });

  it('does not apply the future check, having no asOf', () => {
    expect(IdNumberSchema.safeParse(withCheck('52010220990101001')).success).toBe(true);
  });
});

describe('parseIdNumber: properties', () => {
  const countyCodes = listCounties().map((c) => c.code);
  const birthDate = fc
    .date({
      min: new Date('1905-01-01T00:00:00Z'),
      max: new Date('2024-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const sequence = fc.integer({ min: 0, max: 999 }).map((n) => n.toString().padStart(3, '0'));
  const validNumber = fc
    .tuple(fc.constantFrom(...countyCodes), birthDate, sequence)
    .map(([county, date, seq]) => ({
      county,
      date,
      seq,
      number: withCheck(`${county}${date.replaceAll('-', '')}${seq}`),
    }));

  it('accepts any number built from a county, a real date, a sequence and its check character', () => {
    fc.assert(
      fc.property(validNumber, ({ county, date, seq, number }) => {
        const result = parseIdNumber(number, { asOf: '2025-01-01' });
        expect(result).toMatchObject({
          ok: true,
          value: { number, addressCode: county, birthDate: date, sequence: seq },
          warnings: [],
        });
        expect(result.ok && result.value.sex).toBe(Number(seq.charAt(2)) % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('rejects any single changed character with BAD_CHECKSUM', () => {
    const CHARS = '0123456789X';
    fc.assert(
      fc.property(
        validNumber,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (valid, at, shift) => {
          const old = valid.number.charAt(at);
          const replacement =
            at === 17
              ? CHARS.charAt((CHARS.indexOf(old) + shift) % 11)
              : String((Number(old) + 1 + ((shift - 1) % 9)) % 10);
          expect(replacement).not.toBe(old);
          const mutated = `${valid.number.slice(0, at)}${replacement}${valid.number.slice(at + 1)}`;
          expect(parseIdNumber(mutated, { asOf: '2025-01-01' })).toMatchObject({
            ok: false,
            reason: 'BAD_CHECKSUM',
          });
        },
      ),
    );
  });

  it('upgrades any valid 15-digit number to the 18-digit number with the same fields', () => {
    const legacy = validNumber.filter(({ date }) => date.startsWith('19'));
    fc.assert(
      fc.property(legacy, ({ number }) => {
        const fifteen = `${number.slice(0, 6)}${number.slice(8, 17)}`;
        const result = parseIdNumber(fifteen);
        expect(result).toMatchObject({
          ok: true,
          value: { number, original: fifteen, upgradedFrom15: true },
        });
      }),
    );
  });
});
