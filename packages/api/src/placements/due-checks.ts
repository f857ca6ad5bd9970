import { listDuePlacements } from '@bangfu/db';
import { businessDate } from '../common/business-date';
import type { StaffContext } from '../employment/employment-errors';
import { type PlacementDto, toPlacementDto } from './placement-dto';

/** Placements in the actor's scope whose retention check is owed today (isRetentionDue), soonest first. */
export async function dueChecks({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { limit: number };
}): Promise<PlacementDto[]> {
  const asOf = businessDate(ctx.now());
  const rows = await listDuePlacements(ctx.db, {
    scopePath: ctx.actor.orgPath,
    dueBy: asOf,
    limit: input.limit,
  });
  return rows.map((r) => toPlacementDto(r, asOf));
}
