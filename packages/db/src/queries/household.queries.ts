import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../schema';

type Executor = Kysely<Database> | Transaction<Database>;

const likeSubtree = (path: string): string => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One household with its org's name, if it lies under `scopePath`. */
export function getHousehold(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = db
    .selectFrom('household as h')
    .innerJoin('org_unit as o', 'o.id', 'h.org_id')
    .selectAll('h')
    .select('o.name as org_name')
    .where('h.id', '=', input.id)
    .where('h.org_path', 'like', likeSubtree(input.scopePath));
  if (input.forUpdate) q = q.forUpdate('h');
  return q.executeTakeFirst();
}

export function listMembers(db: Executor, input: { householdId: string }) {
  return db
    .selectFrom('household_member')
    .selectAll()
    .where('household_id', '=', input.householdId)
    .orderBy('seq')
    .execute();
}

export function getMember(db: Executor, input: { householdId: string; memberId: string }) {
  return db
    .selectFrom('household_member')
    .select(['id', 'id_number_enc', 'name'])
    .where('household_id', '=', input.householdId)
    .where('id', '=', input.memberId)
    .executeTakeFirst();
}

/**
 * Claims province-wide uniqueness for a household's ID numbers. Returns the blind indexes that
 * another household already holds; the caller's transaction must roll back if any are returned.
 */
export async function claimIdNumbers(
  trx: Transaction<Database>,
  input: { householdId: string; members: { memberId: string; bidx: string }[] },
): Promise<string[]> {
  await trx.deleteFrom('active_id_number').where('household_id', '=', input.householdId).execute();
  if (input.members.length === 0) return [];
  const inserted = await trx
    .insertInto('active_id_number')
    .values(
      input.members.map((m) => ({
        id_number_bidx: m.bidx,
        household_id: input.householdId,
        member_id: m.memberId,
      })),
    )
    .onConflict((oc) => oc.column('id_number_bidx').doNothing())
    .returning('id_number_bidx')
    .execute();
  const got = new Set(inserted.map((r) => r.id_number_bidx));
  return input.members.map((m) => m.bidx).filter((b) => !got.has(b));
}

/** Who holds an ID number in an active file: the household and its union. */
export function getIdNumberHolder(db: Executor, input: { bidx: string }) {
  return db
    .selectFrom('active_id_number as a')
    .innerJoin('household as h', 'h.id', 'a.household_id')
    .innerJoin('org_unit as o', 'o.id', 'h.org_id')
    .select(['h.id as household_id', 'h.file_no', 'h.org_path', 'o.name as org_name'])
    .where('a.id_number_bidx', '=', input.bidx)
    .executeTakeFirst();
}

export function releaseIdNumbers(trx: Transaction<Database>, input: { householdId: string }) {
  return trx.deleteFrom('active_id_number').where('household_id', '=', input.householdId).execute();
}

type MemberColumn = 'm.id_number_bidx' | 'm.id_last4' | 'm.name';

export type HouseholdSortKey = 'updatedDesc' | 'nameAsc' | 'fileNoAsc';

export interface HouseholdPageQuery {
  scopePath: string;
  orgPath?: string | undefined;
  idNumberBidx?: string | undefined;
  idLast4?: string | undefined;
  namePrefix?: string | undefined;
  category?: string | undefined;
  cause?: string | undefined;
  status?: string | undefined;
  divisionCode?: string | undefined;
  sort: HouseholdSortKey;
  /** The sort key and id of the last row of the previous page. */
  after?: { key: string | null; id: string } | undefined;
  limit: number;
}

/** A keyset page of households; fetches limit + 1 rows so the caller knows if more follow. */
export function listHouseholdPage(db: Executor, q: HouseholdPageQuery) {
  let query = db
    .selectFrom('household as h')
    .innerJoin('org_unit as o', 'o.id', 'h.org_id')
    .innerJoin('household_member as head', (j) =>
      j.onRef('head.household_id', '=', 'h.id').on('head.relation', '=', 'SELF'),
    )
    .select([
      'h.id',
      'h.file_no',
      'h.head_name',
      'h.category',
      'h.standard_version',
      'h.status',
      'h.main_cause',
      'h.division_code',
      'h.org_id',
      'o.name as org_name',
      'h.member_count',
      'h.monthly_income_fen',
      'h.updated_at',
      'head.id_prefix6',
      'head.id_last4',
    ])
    .where('h.org_path', 'like', likeSubtree(q.scopePath));
  if (q.orgPath) query = query.where('h.org_path', 'like', likeSubtree(q.orgPath));
  if (q.category) query = query.where('h.category', '=', q.category);
  if (q.cause) {
    const cause = q.cause;
    query = query.where((eb) =>
      eb.or([eb('h.main_cause', '=', cause), eb(sql.val(cause), '=', eb.fn.any('h.secondary_causes'))]),
    );
  }
  if (q.status) query = query.where('h.status', '=', q.status);
  if (q.divisionCode) {
    const d = q.divisionCode;
    // A prefecture code ends in 00 and matches its counties; the province matches all.
    const prefix = d.endsWith('0000') ? d.slice(0, 2) : d.endsWith('00') ? d.slice(0, 4) : d;
    query = query.where('h.division_code', 'like', `${prefix}%`);
  }
  // Each member criterion is an EXISTS on household_member, so a household matches once however
  // many of its members do.
  const memberMatches: [MemberColumn, 'like' | '=', string][] = [];
  if (q.idNumberBidx) memberMatches.push(['m.id_number_bidx', '=', q.idNumberBidx]);
  if (q.idLast4) memberMatches.push(['m.id_last4', '=', q.idLast4]);
  if (q.namePrefix) memberMatches.push(['m.name', 'like', likeSubtree(q.namePrefix)]);
  for (const [column, op, value] of memberMatches) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('household_member as m')
          .select(sql.lit(1).as('one'))
          .whereRef('m.household_id', '=', 'h.id')
          .where(column, op, value),
      ),
    );
  }
  const a = q.after;
  switch (q.sort) {
    case 'updatedDesc':
      if (a) query = query.where(sql<boolean>`(h.updated_at, h.id) < (${a.key}::timestamptz, ${a.id}::uuid)`);
      query = query.orderBy('h.updated_at', 'desc').orderBy('h.id', 'desc');
      break;
    case 'nameAsc':
      if (a) query = query.where(sql<boolean>`(h.head_name, h.id) > (${a.key}, ${a.id}::uuid)`);
      query = query.orderBy('h.head_name').orderBy('h.id');
      break;
    case 'fileNoAsc':
      // Files without a number (still in identification) sort last.
      if (a && a.key !== null) {
        const { key, id } = a;
        query = query.where((eb) =>
          eb.or([sql<boolean>`(h.file_no, h.id) > (${key}, ${id}::uuid)`, eb('h.file_no', 'is', null)]),
        );
      } else if (a) {
        query = query.where('h.file_no', 'is', null).where('h.id', '>', a.id);
      }
      query = query.orderBy(sql`h.file_no asc nulls last`).orderBy('h.id');
      break;
  }
  return query.limit(q.limit + 1).execute();
}

export function listHistoryEvents(db: Executor, input: { entityType: string; entityId: string }) {
  return db
    .selectFrom('audit_event as e')
    .leftJoin('staff_user as u', 'u.id', 'e.actor_id')
    .select([
      'e.seq',
      'e.at',
      'e.action',
      'e.actor_role',
      'e.purpose',
      'e.before',
      'e.after',
      'u.display_name',
    ])
    .where('e.entity_type', '=', input.entityType)
    .where('e.entity_id', '=', input.entityId)
    .orderBy('e.seq', 'desc')
    .limit(500)
    .execute();
}
