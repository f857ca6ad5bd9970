import {
  type Database,
  type FairRow,
  getFair,
  listFairBooths,
  listFairInterest,
  listFairPositions,
} from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { fairNotFound } from './employment-errors';
import { type FairDetailDto, toFairDto } from './fair-dto';
import { toPositionDto } from './position-dto';

/** A fair with its booths, their positions (`listed` as of `asOf`) and the visitors' interest. */
export async function loadFair(
  db: Kysely<Database>,
  input: { id: string; asOf: string },
): Promise<FairDetailDto> {
  const fair = await getFair(db, { id: input.id });
  if (!fair) throw fairNotFound();
  const [booths, positions, interest] = await Promise.all([
    listFairBooths(db, { fairId: fair.id }),
    listFairPositions(db, { fairId: fair.id }),
    listFairInterest(db, { fairId: fair.id }),
  ]);
  return {
    ...toFairDto(fair),
    booths: booths.map((b) => ({
      employerId: b.employer_id,
      employerName: b.employer_name,
      boothNo: b.booth_no,
      positions: positions
        .filter((p) => p.employer_id === b.employer_id)
        .map((p) => toPositionDto(p, input.asOf)),
    })),
    interest: interest.map((i) => ({ positionId: i.position_id, count: i.count })),
  };
}

/** Locks a fair the actor may change (one outside their subtree is "not found"). */
export async function lockFairInScope(
  trx: Transaction<Database>,
  input: { id: string; scopePath: string },
): Promise<FairRow> {
  const fair = await getFair(trx, { ...input, forUpdate: true });
  if (!fair) throw fairNotFound();
  return fair;
}

/** Booths are planned until the fair is cancelled; after that it is a closed record. */
export function assertFairEditable(fair: FairRow): void {
  if (fair.status === 'CANCELLED') {
    throw new DomainError('CONFLICT', {
      zh: '招聘会已取消,不能再调整展位',
      en: 'The job fair is cancelled; its booths can no longer change',
    });
  }
}
