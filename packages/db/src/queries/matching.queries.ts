import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

type Executor = Kysely<Database> | Transaction<Database>;

const likeSubtree = (path: string): string => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface MatchHouseholdQuery {
  scopePath: string;
  /** Division code prefix: '5203' for a prefecture's counties. */
  divisionPrefix: string;
  statuses: readonly string[];
  limit: number;
}

/**
 * Households to match against a position: under `scopePath`, in the division, in one of the
 * statuses; most recently updated first, at most `limit`. With the head's masked-ID parts.
 */
export function listMatchHouseholds(db: Executor, q: MatchHouseholdQuery) {
  if (q.statuses.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household as h')
    .leftJoin('household_member as head', (j) =>
      j.onRef('head.household_id', '=', 'h.id').on('head.relation', '=', 'SELF'),
    )
    .select([
      'h.id',
      'h.file_no',
      'h.head_name',
      'h.division_code',
      'h.monthly_income_fen',
      'h.member_count',
      'head.id_prefix6',
      'head.id_last4',
    ])
    .where('h.org_path', 'like', likeSubtree(q.scopePath))
    .where('h.division_code', 'like', `${q.divisionPrefix}%`)
    .where('h.status', 'in', [...q.statuses])
    .orderBy('h.updated_at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(q.limit)
    .execute();
}

export type MatchHouseholdRow = Awaited<ReturnType<typeof listMatchHouseholds>>[number];

/** The fields matching reads of the members of many households (guards the empty list). */
export function listMatchMembers(db: Executor, input: { householdIds: readonly string[] }) {
  if (input.householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_member')
    .select([
      'id',
      'household_id',
      'seq',
      'name',
      'birth_date',
      'work_status',
      'health',
      'disability_kind',
      'school_stage',
    ])
    .where('household_id', 'in', [...input.householdIds])
    .orderBy('household_id')
    .orderBy('seq')
    .execute();
}

export type MatchMemberRow = Awaited<ReturnType<typeof listMatchMembers>>[number];
