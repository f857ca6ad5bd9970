import type { Division } from '@bangfu/domain';
import type { Rng } from './prng';

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '170',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
] as const;

/** An 11-digit mainland mobile number (matches the domain's PhoneSchema). */
export function mobileNumber(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/** Banks that pay aid in Guizhou, with a card BIN prefix of theirs. */
const BANKS = [
  ['中国工商银行', '622202'],
  ['中国农业银行', '622848'],
  ['中国建设银行', '621700'],
  ['中国银行', '621661'],
  ['中国邮政储蓄银行', '621799'],
  ['贵州银行', '621592'],
  ['贵阳银行', '622301'],
  ['贵州农信', '621779'],
] as const;

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export interface BankAccount {
  readonly bankName: string;
  readonly branch: string;
  /** 19 digits with a valid Luhn check digit. */
  readonly account: string;
}

export function bankAccount(rng: Rng, county: Division): BankAccount {
  const [bankName, bin] = rng.pick(BANKS);
  const body = bin + rng.digits(12);
  const place = county.name.replace(/(布依族|苗族|侗族|仡佬族|土家族|彝族|回族|水族)+自治县$/, '县');
  return { bankName, branch: `${place}支行`, account: body + luhnCheckDigit(body) };
}

/** The first digits of each prefecture's postal codes (贵阳 550, 遵义 563 …). */
const POSTAL_PREFIX: Readonly<Record<string, string>> = {
  '520100': '550',
  '520200': '553',
  '520300': '563',
  '520400': '561',
  '520500': '551',
  '520600': '554',
  '522300': '562',
  '522600': '556',
  '522700': '558',
};

export function postalCode(rng: Rng, prefecture: Division): string {
  return `${POSTAL_PREFIX[prefecture.code] ?? '550'}${rng.int(0, 9)}00`;
}

const STREETS = [
  ...'中华路 人民路 解放路 延安路 北京路 中山路 新华路 建设路 环城路 民主路 南门街 滨江路 育才路 桂花路 朝阳街 幸福巷 文化路 团结路 红旗路 友谊路 青年路 公园路 东风路 长征路'.split(
    ' ',
  ),
];

/** A street address inside the county; enterprise families often live in the works' 家属区. */
export function streetAddress(
  rng: Rng,
  prefecture: Division,
  county: Division,
  employer: string | null,
): string {
  const flat = `${rng.int(1, 12)}栋${rng.int(1, 4)}单元${rng.int(1, 7)}0${rng.int(1, 4)}室`;
  const where =
    employer && rng.chance(0.5) ? `${employer}家属区` : `${rng.pick(STREETS)}${rng.int(1, 320)}号`;
  return `贵州省${prefecture.name}${county.name}${where}${flat}`;
}
