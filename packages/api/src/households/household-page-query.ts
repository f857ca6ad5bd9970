import type { FieldCrypto, HouseholdPageQuery } from '@bangfu/db';
import { classifySearchTerm, type HouseholdListQuery, parseIdNumber } from '@bangfu/domain';
import { decodeCursor } from '../common/page-cursor';

/**
 * Turns a search form into the query module's arguments: the search box is classified (full ID
 * number → blind index, last four, or name prefix) and the cursor decoded. Null when the search
 * cannot match anybody (an ID number that cannot be valid), so no query needs to run.
 * Exported for `pnpm bench`, which runs the same query without HTTP as its floor.
 */
export function householdPageQuery(
  input: HouseholdListQuery,
  scope: { scopePath: string; orgPath: string | undefined },
  crypto: FieldCrypto,
): HouseholdPageQuery | null {
  const term = classifySearchTerm(input.q ?? '');
  let idNumberBidx: string | undefined;
  if (term?.kind === 'idNumber') {
    const parsed = parseIdNumber(term.value);
    if (!parsed.ok) return null;
    idNumberBidx = crypto.blindIndex(parsed.value.number);
  }
  return {
    ...scope,
    idNumberBidx,
    idLast4: term?.kind === 'idLast4' ? term.value : undefined,
    namePrefix: term?.kind === 'namePrefix' ? term.value : undefined,
    category: input.category,
    cause: input.cause,
    status: input.status,
    divisionCode: input.divisionCode,
    sort: input.sort,
    after: decodeCursor(input.cursor),
    limit: input.limit,
  };
}
