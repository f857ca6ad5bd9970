import type { Database } from '@bangfu/db';
import type { ApprovalLevel, OrgKind } from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';

/** The approval level an org decides at (brief §5). Industry unions approve like grassroots [A]. */
const LEVEL_OF_KIND: Readonly<Record<OrgKind, ApprovalLevel>> = {
  PROVINCE: 'PROVINCE',
  PREFECTURE: 'PREFECTURE',
  COUNTY: 'COUNTY',
  GRASSROOTS_ENTERPRISE: 'GRASSROOTS',
  GRASSROOTS_COMMUNITY: 'GRASSROOTS',
  INDUSTRY: 'GRASSROOTS',
};

export async function approvalLevelOfOrg(
  db: Kysely<Database> | Transaction<Database>,
  orgId: string,
): Promise<ApprovalLevel> {
  const org = await db
    .selectFrom('org_unit')
    .select('kind')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return LEVEL_OF_KIND[org.kind as OrgKind] ?? 'GRASSROOTS';
}
