import { type Database, getPosition, type PositionRow } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';
import { positionNotFound } from './employment-errors';
import { type PositionDto, toPositionDto } from './position-dto';

type Executor = Kysely<Database> | Transaction<Database>;

/** Loads a position as a DTO, `listed` as of `asOf`. */
export async function loadPosition(db: Executor, input: { id: string; asOf: string }): Promise<PositionDto> {
  const row = await getPosition(db, { id: input.id });
  if (!row) throw positionNotFound();
  return toPositionDto(row, input.asOf);
}

/** Locks a position the actor may change: one outside their subtree is "not found". */
export async function lockPositionInScope(
  trx: Transaction<Database>,
  input: { id: string; scopePath: string },
): Promise<PositionRow> {
  const row = await getPosition(trx, { ...input, forUpdate: true });
  if (!row) throw positionNotFound();
  return row;
}
