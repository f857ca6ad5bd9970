import type { PositionStatus } from './enums';

export interface PositionListing {
  status: PositionStatus;
  validFrom: string;
  validTo: string;
  headcount: number;
  filled: number;
}

/**
 * Whether a position belongs on the public lists (kiosk, portal) on a given day: open, within its
 * validity dates, and not yet filled. A position that fills up or expires leaves on its own,
 * with nobody having to close it.
 */
export function isPositionListed(p: PositionListing, asOf: string): boolean {
  return p.status === 'OPEN' && p.validFrom <= asOf && asOf <= p.validTo && p.filled < p.headcount;
}

/** Whether a fair is on, or still to come, on a given day. */
export function isFairCurrent(f: { startDate: string; endDate: string }, asOf: string): boolean {
  return asOf <= f.endDate;
}
