import type { StartupActivityKind, StartupListQuery } from '@bangfu/domain';
import type { StaffContext } from '../employment/employment-errors';
import { type StartupActivityDto, type StartupCaseDto, toStartupCaseDto } from './startup-dto';
import { getStartupCase, listStartupActivities, listStartupCases } from './startup-queries';
import { startupNotFound } from './support-errors';

/** Start-up cases of households in the reader's scope, latest opened first. */
export async function listStartupCasesFor({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: StartupListQuery;
}): Promise<StartupCaseDto[]> {
  const rows = await listStartupCases(ctx.db, { scopePath: ctx.actor.orgPath, ...input });
  return rows.map(toStartupCaseDto);
}

/** One case with its activities in date order; out of scope is "not found". */
export async function loadStartupCase({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { id: string };
}): Promise<StartupCaseDto & { activities: StartupActivityDto[] }> {
  const row = await getStartupCase(ctx.db, { id: input.id, scopePath: ctx.actor.orgPath });
  if (!row) throw startupNotFound();
  const activities = await listStartupActivities(ctx.db, { caseId: row.id });
  return {
    ...toStartupCaseDto(row),
    activities: activities.map((a) => ({
      id: a.id,
      kind: a.kind as StartupActivityKind,
      heldOn: a.held_on,
      note: a.note,
      outcome: a.outcome,
    })),
  };
}
