import { z } from 'zod';
import type { Label } from '../common/labelled-enum';
import {
  type AddressCodeLookup,
  currentSuccessorsOf,
  getDivision,
  lookupAddressCode,
  PROVINCE_LEVEL_PREFIXES,
} from '../divisions';

/**
 * 居民身份证号 (resident ID number), GB 11643-1999: 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd last digit = male), ISO 7064 MOD 11-2 check character (domain-brief §9).
 */

/** Stable codes a client can switch on; adding one is an API change. */
export const ID_NUMBER_INVALID_REASONS = [
  'EMPTY',
  'BAD_FORMAT',
  'BAD_BIRTH_DATE',
  'FUTURE_BIRTH_DATE',
  'IMPLAUSIBLE_AGE',
  'BAD_CHECKSUM',
] as const;
export type IdNumberInvalidReason = (typeof ID_NUMBER_INVALID_REASONS)[number];

export const ID_NUMBER_WARNING_CODES = [
  'ADDRESS_RETIRED',
  'ADDRESS_OTHER_PROVINCE',
  'ADDRESS_UNKNOWN',
] as const;
export type IdNumberWarningCode = (typeof ID_NUMBER_WARNING_CODES)[number];

/** Address problems are warnings, never rejections: retired and out-of-province codes are valid for life. */
export interface IdNumberWarning {
  readonly code: IdNumberWarningCode;
  readonly message: Label;
}

export interface ParsedIdNumber {
  /** Normalised 18-character number, upper-case X; 15-digit numbers are upgraded. */
  readonly number: string;
  /** As entered, after trimming; keep it beside `number` so a legacy 15-digit entry is not lost. */
  readonly original: string;
  readonly upgradedFrom15: boolean;
  readonly addressCode: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  readonly sequence: string;
  readonly checkChar: string;
  readonly address: AddressCodeLookup;
}

export type IdNumberResult =
  | { readonly ok: true; readonly value: ParsedIdNumber; readonly warnings: IdNumberWarning[] }
  | { readonly ok: false; readonly reason: IdNumberInvalidReason; readonly message: Label };

export interface ParseIdNumberOptions {
  /**
   * The date (YYYY-MM-DD) to judge "future" and "over 120" against. Without it those two checks are
   * skipped rather than judged against a clock, so the result never depends on when it runs.
   */
  readonly asOf?: string;
}

export const MAX_PLAUSIBLE_AGE = 120;

// W_i = 2^(18-i) mod 11 for i = 1..17.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SEVENTEEN_DIGITS = /^\d{17}$/;
const EIGHTEEN_CHARS = /^\d{17}[\dX]$/;
const FIFTEEN_DIGITS = /^\d{15}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The MOD 11-2 check character for the first 17 digits. Throws on anything but 17 digits. */
export function computeCheckChar(first17: string): string {
  if (!SEVENTEEN_DIGITS.test(first17)) throw new RangeError(`expected 17 digits, got "${first17}"`);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + (first17.charCodeAt(i) - 48) * weight, 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Pure arithmetic rather than Date, which maps years 0–99 to 1900–1999.
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}

function parseIsoDate(value: string, what: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(value);
  const date = { year: Number(m?.[1]), month: Number(m?.[2]), day: Number(m?.[3]) };
  if (!m || !isRealDate(date.year, date.month, date.day)) {
    throw new RangeError(`${what} must be a real date written YYYY-MM-DD, got "${value}"`);
  }
  return date;
}

/**
 * Age in full years (周岁) on `asOf`. It rises on the birthday itself; someone born on 29 February
 * turns a year older on 1 March in common years. Throws if either date is malformed or asOf is
 * before birth, because a negative age is always a caller's mistake.
 */
export function ageAt(birthDate: string, asOf: string): number {
  const birth = parseIsoDate(birthDate, 'birthDate');
  const at = parseIsoDate(asOf, 'asOf');
  if (asOf < birthDate) throw new RangeError(`asOf ${asOf} is before birthDate ${birthDate}`);
  const beforeBirthday = at.month < birth.month || (at.month === birth.month && at.day < birth.day);
  return at.year - birth.year - (beforeBirthday ? 1 : 0);
}

function invalid(reason: IdNumberInvalidReason, message: Label): IdNumberResult {
  return { ok: false, reason, message };
}

function describeCodes(codes: readonly string[], lang: 'zh' | 'en'): string {
  return codes
    .map((code) => {
      const division = getDivision(code);
      return division ? `${code} ${lang === 'zh' ? division.name : division.nameEn}` : code;
    })
    .join(lang === 'zh' ? '、' : ', ');
}

function addressWarnings(code: string, address: AddressCodeLookup): IdNumberWarning[] {
  switch (address.kind) {
    case 'current':
      return [];
    case 'retired': {
      const now = currentSuccessorsOf(code);
      const zhNow = now.length > 0 ? `，现属 ${describeCodes(now, 'zh')}` : '';
      const enNow = now.length > 0 ? `; the area is now ${describeCodes(now, 'en')}` : '';
      return [
        {
          code: 'ADDRESS_RETIRED',
          message: {
            zh: `地址码 ${code}（${address.name}）已于 ${address.validTo} 年撤销${zhNow}。身份证号终身沿用原地址码，无需更正。`,
            en: `Address code ${code} (${address.name}) was retired in ${address.validTo}${enNow}. An ID number keeps its original code for life, so nothing needs correcting.`,
          },
        },
      ];
    }
    case 'other-province': {
      const province = PROVINCE_LEVEL_PREFIXES[address.provinceCode.slice(0, 2)];
      return [
        {
          code: 'ADDRESS_OTHER_PROVINCE',
          message: {
            zh: `地址码 ${code} 属于${province?.zh ?? address.provinceCode}，不是贵州省的区划代码。`,
            en: `Address code ${code} is in ${province?.en ?? address.provinceCode}, not Guizhou.`,
          },
        },
      ];
    }
    case 'unknown': {
      const inGuizhou = code.startsWith('52');
      return [
        {
          code: 'ADDRESS_UNKNOWN',
          message: inGuizhou
            ? {
                zh: `地址码 ${code} 不是贵州省现行或已撤销的区划代码，请核对。`,
                en: `Address code ${code} is neither a current nor a retired Guizhou code; please check it.`,
              }
            : {
                zh: `地址码 ${code} 不属于任何省级行政区，请核对。`,
                en: `Address code ${code} does not belong to any province; please check it.`,
              },
        },
      ];
    }
  }
}

/**
 * Validates and normalises an ID number. Order: format, then the check character (a failed check
 * means a mistyped digit somewhere, so the digits cannot be trusted to describe a birth date), then
 * the birth date. 15-digit legacy numbers (GB 11643-1989) have no check character; they are upgraded
 * by inserting '19' after the address code and computing one. Throws RangeError on a malformed
 * `asOf`, which is a caller's mistake, not the worker's.
 */
export function parseIdNumber(input: string, opts: ParseIdNumberOptions = {}): IdNumberResult {
  const original = input.trim();
  if (original === '') {
    return invalid('EMPTY', { zh: '请填写身份证号', en: 'ID number is required' });
  }
  const entered = original.toUpperCase();
  const upgradedFrom15 = FIFTEEN_DIGITS.test(entered);
  if (!upgradedFrom15 && !EIGHTEEN_CHARS.test(entered)) {
    return invalid('BAD_FORMAT', {
      zh: '身份证号应为18位（前17位为数字，最后一位为数字或X）或15位数字',
      en: 'ID number must be 18 characters (17 digits, then a digit or X) or 15 digits',
    });
  }
  const first17 = upgradedFrom15 ? `${entered.slice(0, 6)}19${entered.slice(6)}` : entered.slice(0, 17);
  const checkChar = computeCheckChar(first17);
  if (!upgradedFrom15 && entered.charAt(17) !== checkChar) {
    return invalid('BAD_CHECKSUM', { zh: '身份证号校验位错误', en: 'ID number check digit is wrong' });
  }

  const [year, month, day] = [first17.slice(6, 10), first17.slice(10, 12), first17.slice(12, 14)];
  if (!isRealDate(Number(year), Number(month), Number(day))) {
    const digits = `${year}${month}${day}`;
    return invalid('BAD_BIRTH_DATE', {
      zh: `身份证号中的出生日期 ${digits} 不是有效日期`,
      en: `The birth date ${digits} in the ID number is not a real date`,
    });
  }
  const birthDate = `${year}-${month}-${day}`;
  if (opts.asOf !== undefined) {
    parseIsoDate(opts.asOf, 'asOf');
    if (opts.asOf < birthDate) {
      return invalid('FUTURE_BIRTH_DATE', {
        zh: `身份证号中的出生日期 ${birthDate} 晚于 ${opts.asOf}`,
        en: `The birth date ${birthDate} in the ID number is after ${opts.asOf}`,
      });
    }
    const age = ageAt(birthDate, opts.asOf);
    if (age > MAX_PLAUSIBLE_AGE) {
      return invalid('IMPLAUSIBLE_AGE', {
        zh: `按出生日期 ${birthDate} 计算，截至 ${opts.asOf} 已满 ${age} 周岁，超过 ${MAX_PLAUSIBLE_AGE} 周岁`,
        en: `The birth date ${birthDate} gives an age of ${age} on ${opts.asOf}, over ${MAX_PLAUSIBLE_AGE}`,
      });
    }
  }

  const addressCode = first17.slice(0, 6);
  const address = lookupAddressCode(addressCode);
  return {
    ok: true,
    value: {
      number: `${first17}${checkChar}`,
      original,
      upgradedFrom15,
      addressCode,
      birthDate,
      sex: (first17.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
      sequence: first17.slice(14, 17),
      checkChar,
      address,
    },
    warnings: addressWarnings(addressCode, address),
  };
}

/**
 * A form field for an ID number: accepts 15 or 18 digits and outputs the normalised 18-character number.
 * No asOf here, so future and age checks are left to the use-case, which knows the date. The issue's
 * `params.reason` carries the stable reason code.
 */
export const IdNumberSchema = z.string().transform((value, ctx): string => {
  const result = parseIdNumber(value);
  if (result.ok) return result.value.number;
  ctx.addIssue({
    code: 'custom',
    message: `${result.message.zh} / ${result.message.en}`,
    params: { reason: result.reason },
  });
  return z.NEVER;
});
