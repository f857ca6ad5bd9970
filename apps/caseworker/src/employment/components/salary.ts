import { formatFen } from '@bangfu/client';

/** '¥3,000.00 – ¥4,500.00' (one amount when both ends are equal). */
export function formatSalaryRange(minFen: number, maxFen: number): string {
  return minFen === maxFen ? formatFen(minFen) : `${formatFen(minFen)} – ${formatFen(maxFen)}`;
}
