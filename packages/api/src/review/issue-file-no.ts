import type { Database } from '@bangfu/db';
import { formatFileNo } from '@bangfu/domain';
import type { Transaction } from 'kysely';

/**
 * The next file number of a division and year. The upsert holds the counter row's lock until
 * the caller's transaction ends, so concurrent approvals queue and a rollback leaves no gap.
 */
export async function issueFileNo(
  trx: Transaction<Database>,
  input: { divisionCode: string; year: number },
): Promise<string> {
  const row = await trx
    .insertInto('file_no_counter')
    .values({ division_code: input.divisionCode, year: input.year, last_no: 1 })
    .onConflict((oc) =>
      oc.columns(['division_code', 'year']).doUpdateSet((eb) => ({
        last_no: eb('file_no_counter.last_no', '+', 1),
      })),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return formatFileNo(input.divisionCode, input.year, row.last_no);
}
