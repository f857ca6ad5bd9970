import { listHouseholdPlacements } from '@bangfu/db';
import { businessDate } from '../common/business-date';
import type { StaffContext } from '../employment/employment-errors';
import { householdInScope } from '../training/household-in-scope';
import { type PlacementDto, toPlacementDto } from './placement-dto';

/** A household's placements, latest start first. Out of scope is "not found". */
export async function householdPlacements({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<PlacementDto[]> {
  const h = await householdInScope(ctx.db, ctx.actor, input.householdId);
  const rows = await listHouseholdPlacements(ctx.db, { householdId: h.id });
  const asOf = businessDate(ctx.now());
  return rows.map((r) => toPlacementDto(r, asOf));
}
