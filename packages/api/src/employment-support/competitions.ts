import type { CompetitionListQuery } from '@bangfu/domain';
import type { StaffContext } from '../employment/employment-errors';
import { type CompetitionDto, type EntryDto, toCompetitionDto, toEntryDto } from './competition-dto';
import { getCompetition, listCompetitions, listEntries } from './competition-queries';
import { competitionNotFound } from './support-errors';

/** Competitions are programme information every reader sees; the entrant count is of their scope. */
export async function listCompetitionsFor({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CompetitionListQuery;
}): Promise<CompetitionDto[]> {
  const rows = await listCompetitions(ctx.db, { scopePath: ctx.actor.orgPath, limit: input.limit });
  return rows.map(toCompetitionDto);
}

/** A competition with the entries from households in the reader's scope, best rank first. */
export async function loadCompetition({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { id: string };
}): Promise<CompetitionDto & { entries: EntryDto[] }> {
  const row = await getCompetition(ctx.db, input);
  if (!row) throw competitionNotFound();
  const entries = await listEntries(ctx.db, { scopePath: ctx.actor.orgPath, competitionId: row.id });
  return { ...toCompetitionDto({ ...row, entrants: entries.length }), entries: entries.map(toEntryDto) };
}
