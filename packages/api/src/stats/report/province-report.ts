import {
  CATEGORIES_BY_STANDARD,
  type Count,
  getDivision,
  HardshipCategory,
  HardshipCause,
  type ProvinceReportDto,
  type ProvinceReportInput,
  ProvinceReportInputSchema,
  percentShare,
  type ReportRegionRow,
  type ReportRow,
  type StandardVersion,
} from '@bangfu/domain';
import { resolveStatsScope, type StatsContext } from '../stats-scope';
import { type Grouped, reportCounts } from './report-queries';

const byHouseholds = (a: ReportRow, b: ReportRow) =>
  b.households - a.households || a.key.localeCompare(b.key);

function rows(groups: Grouped[], total: number): ReportRow[] {
  return groups.map((g) => ({ ...g, share: percentShare(g.households, total) })).sort(byHouseholds);
}

function regions(byCounty: Grouped[], total: number): ReportRegionRow[] {
  const prefectures = new Map<string, Grouped[]>();
  for (const c of byCounty) {
    const pref = `${c.key.slice(0, 4)}00`;
    prefectures.set(pref, [...(prefectures.get(pref) ?? []), c]);
  }
  return [...prefectures]
    .map(([key, counties]) => {
      const households = counties.reduce((s, c) => s + c.households, 0);
      const people = counties.reduce((s, c) => s + c.people, 0);
      return {
        key,
        households,
        people,
        share: percentShare(households, total),
        counties: rows(counties, total),
      };
    })
    .sort(byHouseholds);
}

/** Income bands keyed "lo-hi" in yuan; width_bucket's index i is the band below bound i. */
function bands(byBand: Grouped[], boundsYuan: number[], total: number): ReportRow[] {
  return boundsYuan
    .map((_, i) => i)
    .concat(boundsYuan.length)
    .map((i) => {
      const g = byBand.find((b) => Number(b.key) === i);
      const key = `${i === 0 ? 0 : boundsYuan[i - 1]}-${boundsYuan[i] ?? ''}`;
      return {
        key,
        households: g?.households ?? 0,
        people: g?.people ?? 0,
        share: percentShare(g?.households ?? 0, total),
      };
    });
}

function narrative(
  place: { zh: string; en: string },
  total: Count,
  categories: ReportRow[],
  causes: ReportRow[],
) {
  const catZh = categories
    .map((c) => `${HardshipCategory.label(c.key as HardshipCategory)}${c.households}户,占${c.share}%`)
    .join(';');
  const catEn = categories
    .map((c) => `${HardshipCategory.label(c.key as HardshipCategory, 'en')}: ${c.households} (${c.share}%)`)
    .join('; ');
  const top = causes.slice(0, 3);
  return [
    {
      zh: `${place.zh}城镇困难职工共有${total.households}户${total.people}人,其中${catZh}。`,
      en: `${place.en} has ${total.households} urban hardship worker households (${total.people} people): ${catEn}.`,
    },
    {
      zh: `致困的主要原因依次为${top.map((c) => `${HardshipCause.label(c.key as HardshipCause)}(${c.households}户,占${c.share}%)`).join('、')}。`,
      en: `The main causes are ${top.map((c) => `${HardshipCause.label(c.key as HardshipCause, 'en')} (${c.households}, ${c.share}%)`).join(', ')}.`,
    },
  ];
}

/**
 * 《城镇困难职工生产生活状况调研报告》 figures for an org's subtree, counted directly from the files.
 * On the full synthetic province under the 2016 standard it is the survey's table.
 */
export async function provinceReport(
  ctx: StatsContext,
  raw: ProvinceReportInput,
): Promise<ProvinceReportDto> {
  const input = ProvinceReportInputSchema.parse(raw) as Required<ProvinceReportInput> & {
    standardVersion: StandardVersion;
  };
  const resolved = await resolveStatsScope(ctx.db, ctx.actor, { orgId: input.orgId });
  const c = await reportCounts(ctx.db, resolved.pattern, input);
  const total: Count = {
    households: c.byCategory.reduce((s, g) => s + g.households, 0),
    people: c.byCategory.reduce((s, g) => s + g.people, 0),
  };
  const order = CATEGORIES_BY_STANDARD[input.standardVersion] as readonly string[];
  const byCategory = order.map((key) => {
    const g = c.byCategory.find((x) => x.key === key);
    return {
      key,
      households: g?.households ?? 0,
      people: g?.people ?? 0,
      share: percentShare(g?.households ?? 0, total.households),
    };
  });
  const byCause = rows(c.byCause, total.households);
  const org = resolved.scope.org;
  const place =
    org.kind === 'PROVINCE' ? { zh: '全省', en: 'The province' } : { zh: org.name, en: org.nameEn };
  const causeByCategory = byCause.map((cause) => ({
    cause: cause.key,
    byCategory: Object.fromEntries(
      order.map((cat) => [
        cat,
        c.causeByCategory.find((x) => x.cause === cause.key && x.category === cat)?.households ?? 0,
      ]),
    ),
  }));
  return {
    scope: resolved.scope,
    standardVersion: input.standardVersion,
    basis: input.basis,
    generatedAt: ctx.now().toISOString(),
    total,
    byCategory,
    byCause,
    causeByCategory,
    byPrefecture: regions(c.byCounty, total.households),
    byIndustry: rows(c.byIndustry, total.households),
    byWorkStatus: rows(c.byWorkStatus, total.households),
    byIncomeBand: bands(c.byBand, input.incomeBandsYuan, total.households),
    narrative: narrative(place, total, byCategory, byCause),
  };
}

/** The display name of a report region key (a GB/T 2260 code). */
export function regionName(code: string, lang: 'zh' | 'en' = 'zh'): string {
  const d = getDivision(code);
  return d ? (lang === 'zh' ? d.name : d.nameEn) : code;
}
