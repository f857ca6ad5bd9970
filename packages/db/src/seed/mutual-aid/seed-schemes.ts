import {
  DEMO_SCHEMES,
  GUIYANG_SCHEME,
  LIUPANSHUI_SCHEME,
  listPrefectures,
  type MutualAidScheme,
  prefectureOf,
  SINAN_SCHEME,
  ZUNYI_SCHEME,
} from '@bangfu/domain';
import { prefectureShort } from '../org-names';
import { MUTUAL_AID_TERM_YEAR } from './targets';

const yuan = (y: number): number => y * 100;

/**
 * [A] The article names the schemes of 遵义, 贵阳, 思南 and 六盘水 only; every other prefecture gets
 * this inpatient scheme. Its contribution follows 思南's 三位一体 (government, county union,
 * worker 100 yuan each), with 六盘水's relief for hardship workers (they pay 60, the prefecture
 * union 40); 300 yuan a member is about what the province needs to raise 1.2亿 from 724,800
 * members when 遵义 and 贵阳 raise 10 and 50. Reimbursement as 六盘水 (50 %, hardship 70 %) above
 * a yearly deductible of 500, capped at 30,000 a year.
 */
function genericScheme(prefectureCode: string): MutualAidScheme {
  const prefecture = listPrefectures().find((p) => p.code === prefectureCode);
  if (!prefecture) throw new Error(`no prefecture ${prefectureCode}`);
  const [zh, en] = prefectureShort(prefecture);
  return {
    code: `${en.toUpperCase()}-INPATIENT`,
    name: { zh: `${zh}职工住院医疗互助`, en: `${en} inpatient mutual aid [A]` },
    divisionCode: prefectureCode,
    termYear: MUTUAL_AID_TERM_YEAR,
    plans: [
      {
        code: 'INPATIENT',
        name: { zh: '住院个人承担部分报销', en: 'Inpatient self-pay reimbursement' },
        type: 'INPATIENT_RATIO',
        contribution: {
          totalFen: yuan(300),
          split: [
            { payer: 'GOVERNMENT', fen: yuan(100), appliesTo: 'ALL' },
            { payer: 'COUNTY_UNION', fen: yuan(100), appliesTo: 'ALL' },
            { payer: 'INDIVIDUAL', fen: yuan(100), appliesTo: 'ORDINARY' },
            { payer: 'INDIVIDUAL', fen: yuan(60), appliesTo: 'HARDSHIP' },
            { payer: 'PREFECTURE_UNION', fen: yuan(40), appliesTo: 'HARDSHIP' },
          ],
        },
        termMonths: 12,
        fixedStartDate: `${MUTUAL_AID_TERM_YEAR}-01-01`,
        eligibility: { inServiceOnly: true, unionMemberRequired: true },
        waitingDaysFirstEnrolment: 90,
        waitingDaysRenewal: 0,
        base: 'SELF_PAY_AFTER_BASIC',
        deductible: { perYearFen: yuan(500) },
        bands: [{ fromFen: 0, toFen: null, ratePermille: 500, ratePermilleHardship: 700 }],
        capPerTermFen: yuan(30_000),
        lumpSums: [],
        offsetsOtherUnionAid: false,
        claimWindowDays: 365,
      },
    ],
    exclusiveGroups: [],
    choice: {},
  };
}

const ARTICLE_BY_PREFECTURE: ReadonlyMap<string, MutualAidScheme> = new Map([
  [GUIYANG_SCHEME.divisionCode, GUIYANG_SCHEME],
  [LIUPANSHUI_SCHEME.divisionCode, LIUPANSHUI_SCHEME],
  [ZUNYI_SCHEME.divisionCode, ZUNYI_SCHEME],
]);

/** Prefectures without an article scheme (铜仁 has one, but only in its county 思南). */
export const GENERIC_SCHEMES: readonly MutualAidScheme[] = listPrefectures()
  .filter((p) => !ARTICLE_BY_PREFECTURE.has(p.code))
  .map((p) => genericScheme(p.code));

/** Every scheme the seed runs: the article's four, then the generic ones. */
export const SEED_SCHEMES: readonly MutualAidScheme[] = [...DEMO_SCHEMES, ...GENERIC_SCHEMES];

/** The scheme a unit in `countyCode` enrols its members in. */
export function schemeForCounty(countyCode: string): MutualAidScheme {
  if (countyCode === SINAN_SCHEME.divisionCode) return SINAN_SCHEME;
  const prefecture = prefectureOf(countyCode) ?? '';
  const scheme =
    ARTICLE_BY_PREFECTURE.get(prefecture) ?? GENERIC_SCHEMES.find((s) => s.divisionCode === prefecture);
  if (!scheme) throw new Error(`no mutual-aid scheme for county ${countyCode}`);
  return scheme;
}
