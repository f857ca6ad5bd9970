import { type Division, listCounties, type Sex } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { EmployerTable, PositionTable } from '../../schema';
import { mobileNumber } from '../contacts';
import { personName } from '../names';
import { prefectureShort } from '../org-names';
import type { Rng } from '../prng';
import type { EmploymentPlanContext } from './plan-context';
import { planPosition } from './plan-position';
import { BRANDS, LIQUOR, TRADES, type Trade } from './trades';

export interface PlannedEmployer {
  readonly row: Insertable<EmployerTable>;
  readonly positions: Insertable<PositionTable>[];
}

const DAY_MS = 86_400_000;
const ROADS =
  '中华路 人民路 北京路 延安路 解放路 新华路 建设路 环城路 滨江路 长征路 工业大道 开发区大道'.split(' ');
const COUNTY_SUFFIX = /^(.{2,}?)(?:(?:仡佬族|苗族|布依族|侗族|土家族|彝族|回族|水族)+自治县|特区|[区县市])$/;

/** The central district gets most employers, then other districts, county-level cities, counties. */
export function pickCounty(rng: Rng, prefecture: Division): Division {
  const counties = listCounties(prefecture.code);
  const weights = counties.map((c, i) =>
    c.name.endsWith('区') ? (i === 0 ? 5 : 3) : c.name.endsWith('市') ? 2 : 1,
  );
  let x = rng.float() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < counties.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return counties[i] as Division;
  }
  return counties[0] as Division;
}

function employerName(
  ctx: EmploymentPlanContext,
  trade: Trade,
  prefecture: Division,
  county: Division,
): string {
  const place =
    trade.place === 'province'
      ? '贵州'
      : trade.place === 'prefecture'
        ? prefectureShort(prefecture)[0].replace(/[市州]$/, '')
        : (COUNTY_SUFFIX.exec(county.name)?.[1] ?? county.name);
  for (;;) {
    const name = `${place}${ctx.rng.pick(BRANDS)}${trade.suffix}`;
    if (!ctx.takenNames.has(name)) {
      ctx.takenNames.add(name);
      return name;
    }
  }
}

/** An employer of the prefecture, filed under a grassroots union of its county, with 2–5 positions. */
export function planEmployer(ctx: EmploymentPlanContext, prefecture: Division): PlannedEmployer {
  const { rng } = ctx;
  const trade = prefecture.code === '520300' && rng.chance(0.2) ? LIQUOR : rng.pick(TRADES);
  const county = pickCounty(rng, prefecture);
  const union = rng.pick(ctx.unionsOf(county.code));
  const createdAt = new Date(ctx.now.getTime() - rng.int(60, 400) * DAY_MS);
  const phone = mobileNumber(rng);
  const sex: Sex = rng.chance(0.5) ? 'MALE' : 'FEMALE';
  const row: Insertable<EmployerTable> = {
    id: newId(createdAt.getTime(), ctx.idRng.bytes(10)),
    org_id: union.id,
    org_path: union.path,
    name: employerName(ctx, trade, prefecture, county),
    division_code: county.code,
    industry: trade.industry,
    address: `贵州省${prefecture.name}${county.name}${rng.pick(ROADS)}${rng.int(1, 399)}号`,
    contact_name: personName(rng, sex),
    contact_phone_enc: ctx.crypto.encrypt(phone),
    contact_phone_last4: phone.slice(-4),
    created_at: createdAt,
    updated_at: createdAt,
    created_by: ctx.createdBy,
  };
  const jobs = [...trade.jobs];
  rng.shuffle(jobs);
  const count = rng.int(2, 5);
  const positions = Array.from({ length: count }, (_, i) => planPosition(ctx, row, jobs[i % jobs.length]!));
  return { row, positions };
}
