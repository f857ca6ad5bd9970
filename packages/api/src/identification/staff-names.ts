import type { Database } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';

export interface StaffRef {
  id: string;
  name: string;
}

/** Display names of staff users by id (unknown ids are left out). */
export async function staffNames(
  db: Kysely<Database> | Transaction<Database>,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff_user')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function staffRef(names: Map<string, string>, id: string | null | undefined): StaffRef | null {
  return id ? { id, name: names.get(id) ?? id } : null;
}
