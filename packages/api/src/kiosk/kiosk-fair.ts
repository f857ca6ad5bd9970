import { getFair, listFairPositions } from '@bangfu/db';
import type { FairProgramme } from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import type { Context } from '../context';
import { fairNotFound } from '../employment/employment-errors';
import { isRowListed } from '../employment/position-dto';
import { type KioskFairResponse, toKioskPosition } from './kiosk-dto';

/**
 * What a fair's kiosk shows: a published fair and its positions listed today. Anything else (a
 * draft, a cancelled fair, an unknown id) is "not found", so nothing unpublished can be probed.
 */
export async function kioskFair({
  ctx,
  input,
}: {
  ctx: Context;
  input: { fairId: string };
}): Promise<KioskFairResponse> {
  const now = ctx.now();
  const asOf = businessDate(now);
  const key = `${input.fairId}|${asOf}`;
  const cached = ctx.kioskFairCache?.get(key, now.getTime());
  if (cached) return cached;
  const fair = await getFair(ctx.db, { id: input.fairId, status: 'PUBLISHED' });
  if (!fair) throw fairNotFound();
  const rows = await listFairPositions(ctx.db, { fairId: fair.id });
  // The latest change to the fair (booths touch it) or any of its positions, listed or not; ISO
  // instants in UTC compare as strings.
  let generatedAt = fair.updated_at;
  for (const r of rows) if (r.updated_at > generatedAt) generatedAt = r.updated_at;
  const answer: KioskFairResponse = {
    fair: {
      id: fair.id,
      name: fair.name,
      programme: fair.programme as FairProgramme,
      venue: fair.venue,
      startDate: fair.start_date,
      endDate: fair.end_date,
      organiserName: fair.organiser_name,
      divisionCode: fair.division_code,
    },
    positions: rows.filter((r) => isRowListed(r, asOf)).map((r) => toKioskPosition(r, r.booth_no)),
    generatedAt,
  };
  ctx.kioskFairCache?.set(key, answer, now.getTime());
  return answer;
}
