import { type Database, listCompletedSkills, type MatchMemberRow } from '@bangfu/db';
import type { Kysely } from 'kysely';

/** Skills by member id: the `skill` of each course the member COMPLETED (1户1技能), in one query. */
export async function loadMemberSkills(
  db: Kysely<Database>,
  members: readonly MatchMemberRow[],
): Promise<Map<string, string[]>> {
  const rows = await listCompletedSkills(db, { memberIds: members.map((m) => m.id) });
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.member_id);
    if (!list) out.set(r.member_id, [r.skill]);
    else if (!list.includes(r.skill)) list.push(r.skill);
  }
  return out;
}
