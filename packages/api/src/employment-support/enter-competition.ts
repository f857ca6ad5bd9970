import { newId, withTransaction } from '@bangfu/db';
import type { CompetitionEntryCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';
import { memberInScope } from '../training/household-in-scope';
import { getCompetition, insertEntry } from './competition-queries';
import { competitionNotFound, conflict } from './support-errors';

/** 报名参赛: a member of a household in scope enters a competition, once. */
export async function enterCompetition({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CompetitionEntryCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const member = await memberInScope(trx, ctx.actor, input);
    const competition = await getCompetition(trx, { id: input.competitionId });
    if (!competition) throw competitionNotFound();
    const taken = await trx
      .selectFrom('competition_entry')
      .select('id')
      .where('competition_id', '=', competition.id)
      .where('member_id', '=', member.memberId)
      .executeTakeFirst();
    if (taken) throw conflict('该成员已报名此比武', 'This member has already entered the competition');
    const id = newId(now.getTime());
    await insertEntry(trx, {
      id,
      competition_id: competition.id,
      household_id: member.householdId,
      member_id: member.memberId,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    await appendAudit(trx, ctx, {
      action: 'competition_entry.create',
      entityType: 'competition_entry',
      entityId: id,
      after: { competitionId: competition.id, householdId: member.householdId, memberId: member.memberId },
    });
    return { id, version: 1 };
  });
}
