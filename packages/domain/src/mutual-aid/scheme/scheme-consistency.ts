import type { MutualAidPlan } from './scheme-schema';

interface ConsistencyIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Rules a scheme must satisfy beyond field types, so a configuration error is caught when the
 * scheme is saved rather than when a worker's claim is paid wrongly.
 */
export function checkSchemeConsistency(scheme: {
  plans: MutualAidPlan[];
  exclusiveGroups: string[][];
}): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const codes = new Set<string>();
  scheme.plans.forEach((plan, i) => {
    if (codes.has(plan.code))
      issues.push({
        path: ['plans', i, 'code'],
        message: `重复的计划代码 / duplicate plan code ${plan.code}`,
      });
    codes.add(plan.code);
    for (const issue of checkPlanConsistency(plan))
      issues.push({ ...issue, path: ['plans', i, ...issue.path] });
  });
  for (const [g, group] of scheme.exclusiveGroups.entries())
    for (const [j, code] of group.entries())
      if (!codes.has(code))
        issues.push({ path: ['exclusiveGroups', g, j], message: `未知计划 / unknown plan ${code}` });
  return issues;
}

export function checkPlanConsistency(plan: MutualAidPlan): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  for (const hardship of [false, true]) {
    const sum = plan.contribution.split
      .filter((s) => s.appliesTo === 'ALL' || s.appliesTo === (hardship ? 'HARDSHIP' : 'ORDINARY'))
      .reduce((acc, s) => acc + s.fen, 0);
    if (sum !== plan.contribution.totalFen) {
      const who = hardship ? '困难职工 / hardship' : '普通职工 / ordinary';
      issues.push({
        path: ['contribution', 'split'],
        message: `${who}: 分担合计 ${sum} ≠ ${plan.contribution.totalFen} / shares must add up to the total`,
      });
    }
  }
  let previousTo: number | null = 0;
  plan.bands.forEach((band, i) => {
    if (previousTo === null || band.fromFen < previousTo)
      issues.push({
        path: ['bands', i, 'fromFen'],
        message: '分段须按顺序且不重叠 / bands must be ordered and not overlap',
      });
    if (band.toFen !== null && band.toFen <= band.fromFen)
      issues.push({
        path: ['bands', i, 'toFen'],
        message: '分段上限须大于下限 / band end must exceed its start',
      });
    previousTo = band.toFen;
  });
  const { ageMin, ageMax } = plan.eligibility;
  if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax)
    issues.push({ path: ['eligibility', 'ageMax'], message: '年龄上限小于下限 / ageMax below ageMin' });
  const needsBands = plan.base === 'TOTAL_ELIGIBLE_COST' || plan.base === 'SELF_PAY_AFTER_BASIC';
  if (needsBands && plan.bands.length === 0)
    issues.push({ path: ['bands'], message: '按比例计划须配置分段 / a ratio plan needs bands' });
  if (plan.base === 'DIAGNOSIS_EVENT' && plan.lumpSums.length === 0)
    issues.push({
      path: ['lumpSums'],
      message: '定额计划须配置病种 / a lump-sum plan needs listed diagnoses',
    });
  if (plan.base === 'HOSPITAL_DAYS' && plan.dailyAllowanceFen === undefined)
    issues.push({
      path: ['dailyAllowanceFen'],
      message: '住院津贴须配置日额 / a daily allowance plan needs its daily amount',
    });
  return issues;
}
