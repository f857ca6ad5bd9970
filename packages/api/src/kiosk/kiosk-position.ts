import { getPosition, listPositionFairs } from '@bangfu/db';
import { businessDate } from '../common/business-date';
import type { Context } from '../context';
import { positionNotFound } from '../employment/employment-errors';
import { isRowListed } from '../employment/position-dto';
import { type KioskPositionDetailDto, publicText, toKioskPosition } from './kiosk-dto';

/** The public page a kiosk's QR code opens: a position listed today, else "not found". */
export async function kioskPosition({
  ctx,
  input,
}: {
  ctx: Context;
  input: { positionId: string };
}): Promise<KioskPositionDetailDto> {
  const asOf = businessDate(ctx.now());
  const row = await getPosition(ctx.db, { id: input.positionId });
  if (!row || !isRowListed(row, asOf)) throw positionNotFound();
  const fairs = await listPositionFairs(ctx.db, {
    positionId: row.id,
    status: 'PUBLISHED',
    endingOnOrAfter: asOf,
  });
  return {
    ...toKioskPosition(row, null),
    employerAddress: publicText(row, row.employer_address),
    fairs: fairs.map((f) => ({ id: f.id, name: f.name })),
  };
}
