import type { Insertable } from 'kysely';
import type {
  EnterpriseAffectedWorkerTable,
  StrugglingEnterpriseTable,
} from '../../schema-parts/employment-support';
import { apportion } from '../apportion';
import { addDays, isoDay } from '../calendar';
import type { FilingUnion } from './plan-context';
import type { PoolMember } from './training-pool';
import { idAt, type TrainingPlanContext } from './training-rows';

export interface EnterpriseRows {
  struggling_enterprise: Insertable<StrugglingEnterpriseTable>[];
  enterprise_affected_worker: Insertable<EnterpriseAffectedWorkerTable>[];
}

/** 贵州省国防工会: 11 defence-industry enterprises with 5,902 workers (seed article). */
const DEFENCE = { enterprises: 11, workers: 5_902 };
// [A] Where Guizhou's defence plants sit: 遵义 (航天), 安顺 (航空), 贵阳 (电子).
const DEFENCE_SITES = ['520302', '520303', '520402', '520403', '520102', '520111'];
const DEFENCE_TRADES = ['机械厂', '电子厂', '仪表厂', '精密机械厂', '电机厂', '工具厂'];
// [A] 水钢's capacity cut: the article gives no head counts, so these are illustrative.
const SHUIGANG = {
  name: '首钢水城钢铁(集团)有限责任公司',
  division: '520201',
  total: 9_800,
  affected: 2_400,
};

const measure = (kind: string, note: string, date: string) => ({ kind, note, date });

/**
 * Struggling enterprises: the defence-industry union's 11 plants under the province federation and
 * 水钢's capacity-cut redeployment under the 六盘水 federation, with some affected 六盘水 households linked.
 */
export function planEnterprises(
  ctx: TrainingPlanContext,
  province: FilingUnion,
  liupanshui: FilingUnion,
  liupanshuiPool: readonly PoolMember[],
): EnterpriseRows {
  const { rng, today } = ctx;
  const out: EnterpriseRows = { struggling_enterprise: [], enterprise_affected_worker: [] };
  const reported = addDays(today, -rng.int(60, 400));
  const at = new Date(reported + 9 * 3_600_000);
  const workers = apportion(
    DEFENCE.workers,
    Array.from({ length: DEFENCE.enterprises }, () => rng.int(3, 12)),
  );
  workers.forEach((total, i) => {
    out.struggling_enterprise.push({
      id: idAt(ctx, at),
      org_id: province.id,
      org_path: province.path,
      employer_id: null,
      name: `贵州${['黔', '筑', '黔东', '乌江', '红岩', '娄山'][i % 6]}${DEFENCE_TRADES[i % DEFENCE_TRADES.length]}${i + 1 > 6 ? `第${i - 5}分厂` : ''}`,
      industry_union: '贵州省国防工会',
      division_code: DEFENCE_SITES[i % DEFENCE_SITES.length] as string,
      reason: rng.pick(['RESTRUCTURING', 'SUSPENSION', 'WAGE_ARREARS']),
      workers_total: total,
      workers_affected: Math.round((total * rng.int(20, 70)) / 100),
      measures: JSON.stringify([measure('AID', '困难职工建档帮扶', isoDay(reported))]),
      status: rng.pick(['WATCH', 'SUPPORTING']),
      reported_on: isoDay(reported),
      created_at: at,
      updated_at: at,
      created_by: ctx.createdBy,
    });
  });
  const shuigang = idAt(ctx, at);
  out.struggling_enterprise.push({
    id: shuigang,
    org_id: liupanshui.id,
    org_path: liupanshui.path,
    employer_id: null,
    name: SHUIGANG.name,
    industry_union: '六盘水市冶金工会',
    division_code: SHUIGANG.division,
    reason: 'CAPACITY_CUT',
    workers_total: SHUIGANG.total,
    workers_affected: SHUIGANG.affected,
    measures: JSON.stringify([
      measure('REDEPLOYMENT', '富余职工分流安置,新业务板块吸纳转岗职工', '2016-03-01'),
      measure('STARTUP', '创业培训、创业指导、项目咨询和跟踪服务', '2016-05-01'),
      measure('TRAINING', '转岗职工再就业能力提升培训', '2016-06-01'),
    ]),
    status: 'SUPPORTING',
    reported_on: '2016-02-15',
    created_at: at,
    updated_at: at,
    created_by: ctx.createdBy,
  });
  const seen = new Set<string>();
  for (const m of liupanshuiPool.slice(0, 200)) {
    if (seen.has(m.householdId) || seen.size >= 60) continue;
    seen.add(m.householdId);
    out.enterprise_affected_worker.push({
      id: idAt(ctx, at),
      enterprise_id: shuigang,
      household_id: m.householdId,
      note: '去产能分流人员',
      created_at: at,
      created_by: ctx.createdBy,
    });
  }
  return out;
}
