import type { Database } from '@bangfu/db';
import type { PayerKind } from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import type { UnitRow } from './unit-rows';

export type PayerOrgs = Readonly<Record<PayerKind, string | null>>;

/**
 * Which organisation owes each payer's share for a unit's members: the prefecture and county
 * federations above the unit, the unit's own union, and for the government share the
 * federation that runs the scheme (it collects from its government). Workers pay individually.
 */
export async function payerOrgsFor(
  trx: Transaction<Database>,
  unit: Pick<UnitRow, 'org_id' | 'org_path'>,
  schemeOrgId: string,
): Promise<PayerOrgs> {
  const ancestors = await trx
    .selectFrom('org_unit')
    .select(['id', 'kind'])
    .where(sql<boolean>`starts_with(${unit.org_path}, path)`, '=', true)
    .execute();
  const ofKind = (kind: string) => ancestors.find((o) => o.kind === kind)?.id ?? null;
  return {
    GOVERNMENT: schemeOrgId,
    PREFECTURE_UNION: ofKind('PREFECTURE'),
    COUNTY_UNION: ofKind('COUNTY'),
    UNIT_UNION: unit.org_id,
    INDIVIDUAL: null,
    OTHER: null,
  };
}
