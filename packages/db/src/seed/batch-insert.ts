import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * PostgreSQL allows at most 65,535 bind parameters per statement. On PGlite, budgets from 8k to 64k
 * and `unnest`-of-arrays inserts all measured the same within noise: the time goes into the inserts
 * and index updates themselves, not into parsing. Half the limit leaves room for wider tables.
 */
export const PARAMETER_BUDGET = 30_000;

/** Multi-row inserts of `rows` into `table`, as few statements as the parameter budget allows. */
export async function insertManyRows<T extends keyof Database & string>(
  db: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  parameterBudget: number = PARAMETER_BUDGET,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).length;
  const perStatement = Math.max(1, Math.floor(Math.min(parameterBudget, 65_535) / columns));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await db.insertInto(table).values(chunk).execute();
  }
}
