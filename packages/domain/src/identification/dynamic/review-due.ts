import type { HardshipCategory } from '../../household/enums';
import type { FileReviewReason } from './enums';
import { addMonthsClamped } from './follow-up-schedule';
import { seededShuffle } from './seeded-random';

export interface ReviewCandidate {
  readonly id: string;
  readonly category: HardshipCategory;
  /** The date the file was approved (建档); null when unknown. */
  readonly filedOn: string | null;
  /** Reasons of the reviews this household already had in the year. */
  readonly reviewedThisYear: readonly FileReviewReason[];
}

export interface ReviewSelection {
  readonly householdId: string;
  readonly reason: FileReviewReason;
}

const ACCIDENT_CATEGORIES: readonly HardshipCategory[] = ['ACCIDENT', 'ACCIDENT_2016'];

/**
 * Which files a review round takes in (brief §3.2: every active file passes UNDER_REVIEW once a
 * year; a random share is drawn; 意外致困 files are due `accidentReviewMonths` after filing).
 * ALL: every file not yet reviewed this year, an accident file that is due as ACCIDENT_DUE.
 * RANDOM: up to ceil(share × files) randomly reviewed in the year, drawn reproducibly from `seed`.
 */
export function reviewDueSelection(
  candidates: readonly ReviewCandidate[],
  opts: {
    mode: 'ALL' | 'RANDOM';
    asOf: string;
    seed: string;
    sharePermille: number;
    accidentReviewMonths: number;
  },
): ReviewSelection[] {
  if (opts.mode === 'RANDOM') {
    // The year's quota is a share of all files; a second round only tops it up.
    const quota = Math.ceil((candidates.length * opts.sharePermille) / 1000);
    const done = candidates.filter((c) => c.reviewedThisYear.includes('RANDOM')).length;
    const open = candidates.filter((c) => !c.reviewedThisYear.includes('RANDOM'));
    return seededShuffle(open, opts.seed, (c) => c.id)
      .slice(0, Math.max(quota - done, 0))
      .map((c) => ({ householdId: c.id, reason: 'RANDOM' }));
  }
  return candidates
    .filter((c) => !c.reviewedThisYear.some((r) => r === 'ANNUAL' || r === 'ACCIDENT_DUE'))
    .map((c) => ({ householdId: c.id, reason: accidentDue(c, opts) ? 'ACCIDENT_DUE' : 'ANNUAL' }));
}

function accidentDue(c: ReviewCandidate, opts: { asOf: string; accidentReviewMonths: number }): boolean {
  if (!ACCIDENT_CATEGORIES.includes(c.category) || !c.filedOn) return false;
  return addMonthsClamped(c.filedOn, opts.accidentReviewMonths) <= opts.asOf;
}
