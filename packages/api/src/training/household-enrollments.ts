import { listHouseholdEnrollments } from '@bangfu/db';
import type { StaffContext } from '../employment/employment-errors';
import { type EnrollmentDto, toEnrollmentDto } from './enrollment-dto';
import { householdInScope } from './household-in-scope';

/** A household's enrollments with their course titles, newest first. Out of scope is "not found". */
export async function householdEnrollments({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<EnrollmentDto[]> {
  const h = await householdInScope(ctx.db, ctx.actor, input.householdId);
  const rows = await listHouseholdEnrollments(ctx.db, { householdId: h.id });
  return rows.map(toEnrollmentDto);
}
