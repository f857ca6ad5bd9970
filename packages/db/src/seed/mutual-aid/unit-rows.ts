import { getDivision, type MutualAidScheme } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { MaUnitTable } from '../../schema-parts/mutual-aid-schemes';
import { apportion } from '../apportion';
import { enterpriseName } from '../org-names';
import { type MutualAidSeedContext, type OrgRef, officeHours } from './context';
import type { CountyQuota } from './plan-mutual-aid';

/** A 参加单位: an employer with its grassroots union, and how many of its staff joined. */
export interface SeedUnit {
  readonly id: string;
  readonly org: OrgRef;
  readonly countyCode: string;
  readonly prefectureCode: string;
  readonly members: number;
  readonly scheme: MutualAidScheme;
  readonly row: Insertable<MaUnitTable>;
}

export interface SeededEmployer {
  readonly id: string;
  readonly name: string;
  readonly org_id: string;
  readonly org_path: string;
}

const INSTITUTIONS = [
  '人民医院',
  '中医院',
  '第一中学',
  '第二中学',
  '实验小学',
  '供电局',
  '自来水公司',
  '公交公司',
  '邮政分公司',
  '烟草专卖局',
  '农村商业银行',
  '市场监督管理局',
  '人民法院',
  '疾病预防控制中心',
  '广播电视台',
  '住房和城乡建设局',
  '街道办事处',
  '妇幼保健院',
  '职业技术学校',
  '粮油储备库',
];

/** Staff per unit: many small units and a few big works (a Pareto draw), at least one each. */
function unitSizes(ctx: MutualAidSeedContext, units: number, members: number): number[] {
  if (units === 0) return [];
  const weights = Array.from({ length: units }, () =>
    Math.floor(100 * (1 - Math.min(ctx.rng.float(), 0.999)) ** -0.8),
  );
  return apportion(members - units, weights).map((n) => n + 1);
}

function unitName(ctx: MutualAidSeedContext, county: string, taken: Set<string>): string {
  const division = getDivision(county);
  const prefecture = getDivision(`${county.slice(0, 4)}00`);
  if (!division || !prefecture) throw new Error(`no division ${county}`);
  const place = division.name.replace(/(自治县|特区|[区县市])$/, '');
  for (let attempt = 0; attempt < 4; attempt++) {
    const name = ctx.rng.chance(0.75)
      ? enterpriseName(ctx.rng, prefecture)[0]
      : `${place}${ctx.rng.pick(INSTITUTIONS)}`;
    if (!taken.has(name)) return name;
  }
  let k = 2;
  const base = enterpriseName(ctx.rng, prefecture)[0].replace(/有限公司$/, '');
  while (taken.has(`${base}${place}分公司${k > 2 ? k : ''}`)) k++;
  return `${base}${place}分公司${k > 2 ? k : ''}`;
}

/** The units of one county: its seeded employers first, then more employers and public bodies. */
export function planCountyUnits(
  ctx: MutualAidSeedContext,
  quota: CountyQuota,
  scheme: MutualAidScheme,
  employers: readonly SeededEmployer[],
  taken: Set<string>,
): SeedUnit[] {
  const sizes = unitSizes(ctx, quota.units, quota.members);
  const created = officeHours('2015-11-20');
  return sizes.map((members, i) => {
    const employer = employers[i];
    const org = employer
      ? { id: employer.org_id, path: employer.org_path }
      : ctx.rng.pick(ctx.unionsOf(quota.countyCode));
    const name = employer?.name ?? unitName(ctx, quota.countyCode, taken);
    taken.add(name);
    const id = newId(created.getTime(), ctx.idRng.bytes(10));
    const row: Insertable<MaUnitTable> = {
      id,
      employer_id: employer?.id ?? null,
      name,
      org_id: org.id,
      org_path: org.path,
      division_code: quota.countyCode,
      // Not every worker joins: the staff count is what the group rules are checked against.
      staff_count: members + Math.floor(members * ctx.rng.float() * 0.25),
      created_by: null,
      created_at: created,
      updated_at: created,
    };
    return {
      id,
      org,
      countyCode: quota.countyCode,
      prefectureCode: quota.prefectureCode,
      members,
      scheme,
      row,
    };
  });
}
