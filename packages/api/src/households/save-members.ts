import type { Database } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import type { Insertable, Transaction } from 'kysely';
import { sql } from 'kysely';

type MemberRow = Insertable<Database['household_member']> & { id: string };

/**
 * Writes a household's members in place: existing members keep their row (training, placements,
 * mutual-aid enrolments and the rest point at it), new ones are inserted, and only members the
 * edit removed are deleted. A removed member that other records still point at cannot go.
 */
export async function saveMembers(
  trx: Transaction<Database>,
  householdId: string,
  rows: readonly MemberRow[],
  existingIds: readonly string[],
): Promise<void> {
  const kept = new Set(rows.map((r) => r.id));
  const removed = existingIds.filter((id) => !kept.has(id));
  // Sequence numbers move out of the way first, so reordering never trips unique (household_id, seq).
  await trx
    .updateTable('household_member')
    .set({ seq: sql`-seq` })
    .where('household_id', '=', householdId)
    .execute();
  if (removed.length > 0) {
    try {
      await trx.deleteFrom('household_member').where('id', 'in', removed).execute();
    } catch (e) {
      if ((e as { code?: string }).code === '23503') {
        throw new DomainError('CONFLICT', {
          zh: '该家庭成员已有培训、就业或互助等记录,不能删除;可将其标注为不再共同生活',
          en: 'This member has training, employment or mutual-aid records and cannot be removed',
        });
      }
      throw e;
    }
  }
  const existing = new Set(existingIds);
  for (const row of rows) {
    if (existing.has(row.id)) {
      const { id, household_id: _household, ...columns } = row;
      await trx.updateTable('household_member').set(columns).where('id', '=', id).execute();
    } else {
      await trx.insertInto('household_member').values(row).execute();
    }
  }
}
