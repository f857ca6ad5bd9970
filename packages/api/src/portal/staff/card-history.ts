import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { notFound, subtreePattern } from '../../common/scope';
import type { StaffActor } from '../../context';

export interface CardHistoryEntryDto {
  cardId: string;
  issuedAt: string;
  issuedBy: string;
  /** LIVE (waiting for the worker), USED (activated) or REVOKED (a reprint replaced it). */
  state: 'LIVE' | 'USED' | 'REVOKED';
  usedAt: string | null;
  revokedAt: string | null;
  printedCount: number;
}

/** Every card printed for a household, newest first; codes are never shown again. */
export async function cardHistory(
  db: Kysely<Database>,
  actor: StaffActor,
  householdId: string,
): Promise<CardHistoryEntryDto[]> {
  const h = await db
    .selectFrom('household')
    .select('id')
    .where('id', '=', householdId)
    .where('org_path', 'like', subtreePattern(actor.orgPath))
    .executeTakeFirst();
  if (!h) throw notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
  const rows = await db
    .selectFrom('contact_card as c')
    .innerJoin('staff_user as u', 'u.id', 'c.issued_by')
    .select(['c.id', 'c.issued_at', 'u.display_name', 'c.used_at', 'c.revoked_at', 'c.printed_count'])
    .where('c.household_id', '=', h.id)
    .orderBy('c.issued_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map((r) => ({
    cardId: r.id,
    issuedAt: r.issued_at,
    issuedBy: r.display_name,
    state: r.revoked_at ? 'REVOKED' : r.used_at ? 'USED' : 'LIVE',
    usedAt: r.used_at,
    revokedAt: r.revoked_at,
    printedCount: r.printed_count,
  }));
}
