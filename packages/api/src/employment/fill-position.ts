import { type Database, type PositionRow, updatePosition } from '@bangfu/db';
import type { Transaction } from 'kysely';
import { fieldError, positionVersionConflict } from './employment-errors';

/**
 * Adds `count` hires to a locked position at the version read. Filled never passes the headcount;
 * once it reaches it, the position leaves the public lists by the listing rule (isPositionListed).
 * Returns the new filled count.
 */
export async function fillPosition(
  trx: Transaction<Database>,
  input: { before: PositionRow; count: number; now: Date },
): Promise<number> {
  const { before, count } = input;
  const openings = before.headcount - before.filled;
  if (count > openings) {
    throw fieldError(
      'count',
      `录用人数超过剩余名额(还剩${openings}个)`,
      `More hires than openings left (${openings} left)`,
      { headcount: before.headcount, filled: before.filled, openings },
    );
  }
  const filled = before.filled + count;
  const changed = await updatePosition(trx, {
    id: before.id,
    version: before.version,
    set: { filled, updated_at: input.now },
  });
  if (changed !== 1) throw positionVersionConflict();
  return filled;
}
