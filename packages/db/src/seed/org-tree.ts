import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { type Division, getDivision, listCounties, listPrefectures, type OrgKind } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { withTransaction } from '../driver';
import { newId } from '../ids';
import type { Database } from '../schema';
import { insertManyRows } from './batch-insert';
import { communityNames, enterpriseName, INDUSTRY_UNIONS, prefectureShort } from './org-names';
import { Rng } from './prng';

export const PROVINCE_ORG_CODE = '520000';
/** 全国职工维权热线, answered by every federation from county level up. */
const UNION_HOTLINE = '12351';

export interface OrgUnitPlan {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: OrgKind;
  /** GB/T 2260 code of territorial units (grassroots unions: their county); null for industry unions. */
  readonly divisionCode: string | null;
  readonly parentCode: string | null;
  /** Materialised path of codes, '/520000/520300/520302/'. */
  readonly path: string;
  readonly hotline: string | null;
}

export interface OrgTreeOptions {
  /** Include the synthetic grassroots unions (default true); production may want federations only. */
  readonly grassroots?: boolean;
}

function isDistrict(county: Division): boolean {
  return county.name.endsWith('区');
}

/** Grassroots unions per county: urban districts and county-level cities get more. */
function grassrootsCounts(county: Division): { community: number; enterprise: number } {
  if (isDistrict(county)) return { community: 3, enterprise: 2 };
  if (county.name.endsWith('市')) return { community: 2, enterprise: 2 };
  return { community: 2, enterprise: 1 };
}

function planGrassroots(prefecture: Division, county: Division, countyPath: string): OrgUnitPlan[] {
  // Seeded by the county code alone, so every installation gets the same names.
  const rng = new Rng(Number(county.code));
  const counts = grassrootsCounts(county);
  const [prefZh, prefEn] = prefectureShort(prefecture);
  const units: OrgUnitPlan[] = [];
  const add = (kind: OrgKind, name: string, nameEn: string): void => {
    const code = `${county.code}-G${String(units.length + 1).padStart(2, '0')}`;
    units.push({
      code,
      name,
      nameEn,
      kind,
      divisionCode: county.code,
      parentCode: county.code,
      path: `${countyPath}${code}/`,
      hotline: null,
    });
  };
  for (const [zh, en] of communityNames(rng, county.code, counts.community)) {
    add(
      'GRASSROOTS_COMMUNITY',
      `${prefZh}${county.name}${zh}社区工会`,
      `${en} Community Trade Union, ${county.nameEn}, ${prefEn}`,
    );
  }
  const taken = new Set<string>();
  while (taken.size < counts.enterprise) {
    const [zh, en] = enterpriseName(rng, prefecture);
    if (taken.has(zh)) continue;
    taken.add(zh);
    add('GRASSROOTS_ENTERPRISE', `${zh}工会`, `${en} Trade Union`);
  }
  return units;
}

/**
 * The union tree of Guizhou as a list in parent-before-child order: 贵州省总工会, 9 市(州)总工会,
 * 88 县(市、区)总工会, their grassroots unions, and the provincial industry unions.
 */
export function planOrgTree(options: OrgTreeOptions = {}): OrgUnitPlan[] {
  const province = getDivision(PROVINCE_ORG_CODE);
  if (!province) throw new Error('the divisions table has no 520000');
  const provincePath = `/${PROVINCE_ORG_CODE}/`;
  const plan: OrgUnitPlan[] = [
    {
      code: PROVINCE_ORG_CODE,
      name: '贵州省总工会',
      nameEn: 'Guizhou Provincial Federation of Trade Unions',
      kind: 'PROVINCE',
      divisionCode: PROVINCE_ORG_CODE,
      parentCode: null,
      path: provincePath,
      hotline: UNION_HOTLINE,
    },
  ];
  for (const prefecture of listPrefectures()) {
    const prefecturePath = `${provincePath}${prefecture.code}/`;
    plan.push({
      code: prefecture.code,
      name: `${prefecture.name}总工会`,
      nameEn: `${prefecture.nameEn} Federation of Trade Unions`,
      kind: 'PREFECTURE',
      divisionCode: prefecture.code,
      parentCode: PROVINCE_ORG_CODE,
      path: prefecturePath,
      hotline: UNION_HOTLINE,
    });
    const [prefZh, prefEn] = prefectureShort(prefecture);
    for (const county of listCounties(prefecture.code)) {
      const countyPath = `${prefecturePath}${county.code}/`;
      plan.push({
        code: county.code,
        name: `${isDistrict(county) ? prefZh : ''}${county.name}总工会`,
        nameEn: `${county.nameEn} Federation of Trade Unions, ${prefEn}`,
        kind: 'COUNTY',
        divisionCode: county.code,
        parentCode: prefecture.code,
        path: countyPath,
        hotline: UNION_HOTLINE,
      });
      if (options.grassroots ?? true) plan.push(...planGrassroots(prefecture, county, countyPath));
    }
  }
  INDUSTRY_UNIONS.forEach(([name, nameEn], i) => {
    const code = `${PROVINCE_ORG_CODE}-I${String(i + 1).padStart(2, '0')}`;
    plan.push({
      code,
      name,
      nameEn,
      kind: 'INDUSTRY',
      divisionCode: null,
      parentCode: PROVINCE_ORG_CODE,
      path: `${provincePath}${code}/`,
      hotline: null,
    });
  });
  return plan;
}

export interface OrgTree {
  readonly provinceId: string;
  /** org code → org_unit.id */
  readonly byCode: Map<string, string>;
}

export interface SeedOrgTreeOptions extends OrgTreeOptions {
  readonly now: Date;
  /** Random bytes for the UUIDs; the seed generator passes its PRNG so ids repeat with the seed. */
  readonly randomBytes?: (n: number) => Uint8Array;
}

/** Inserts the org tree in one transaction. Not idempotent: run it on an empty org_unit table. */
export async function seedOrgTree(db: Kysely<Database>, options: SeedOrgTreeOptions): Promise<OrgTree> {
  const random = options.randomBytes ?? cryptoRandomBytes;
  const at = options.now.getTime();
  const plan = planOrgTree(options);
  const byCode = new Map<string, string>();
  for (const unit of plan) byCode.set(unit.code, newId(at, random(10)));
  const rows = plan.map((unit) => ({
    id: byCode.get(unit.code) as string,
    code: unit.code,
    name: unit.name,
    name_en: unit.nameEn,
    kind: unit.kind,
    division_code: unit.divisionCode,
    parent_id: unit.parentCode === null ? null : (byCode.get(unit.parentCode) ?? null),
    path: unit.path,
    hotline: unit.hotline,
    created_at: options.now,
  }));
  await withTransaction(db, (trx) => insertManyRows(trx, 'org_unit', rows));
  const provinceId = byCode.get(PROVINCE_ORG_CODE);
  if (!provinceId) throw new Error('the org tree has no province');
  return { provinceId, byCode };
}
