import {
  type CompleteReview,
  DomainError,
  dibaoLineFor,
  type HardshipCategory,
  type IdentificationPolicy,
} from '@bangfu/domain';

/**
 * 脱困 needs the recomputed PCNI above the category's exit line (brief §3.2 guard: exit threshold
 * × L of the county and year). Returns the line used, for the record.
 */
export function assertTuokunAllowed(
  policy: IdentificationPolicy,
  household: { category: string; divisionCode: string },
  input: CompleteReview,
): { lineFen: number; thresholdPermille: number } {
  const pcni = input.recomputedPcniFen;
  if (pcni === null) {
    throw new DomainError(
      'VALIDATION',
      { zh: '脱困退出须填写复核测算的人均月收入', en: 'Exit out of hardship needs the recomputed PCNI' },
      { fieldErrors: { recomputedPcniFen: ['请填写 / required'] } },
    );
  }
  const year = Number(input.effectiveDate.slice(0, 4));
  const line = dibaoLineFor(policy, household.divisionCode, year);
  const permille = policy.exitThresholdPermille[household.category as HardshipCategory];
  if (!line || permille === undefined) {
    throw new DomainError('RULE_VIOLATION', {
      zh: `${year}年该地区低保标准未配置,无法判断脱困`,
      en: `No 低保 line is configured for this county in ${year}`,
    });
  }
  // Integer comparison in permille: pcni > L × permille / 1000, without rounding.
  if (pcni * 1000 <= line.monthlyFen * permille) {
    throw new DomainError(
      'NOT_ELIGIBLE',
      {
        zh: '人均月收入未超过脱困标准,不能脱困退出',
        en: 'Per-capita income is not above the exit line; the file cannot exit as 脱困',
      },
      { pcniFen: pcni, lineFen: line.monthlyFen, thresholdPermille: permille },
    );
  }
  return { lineFen: line.monthlyFen, thresholdPermille: permille };
}
