import { listHouseholdPage } from '@bangfu/db';
import {
  classifySearchTerm,
  type HardshipCategory,
  type HardshipCause,
  type HouseholdListQuery,
  type HouseholdStatus,
  parseIdNumber,
  type StandardVersion,
} from '@bangfu/domain';
import { decodeCursor, toPage } from '../common/page-cursor';
import { getOrgInScope } from '../common/scope';
import type { Context, StaffActor } from '../context';
import type { HouseholdPage } from './household-dto';
import { maskId } from './load-household';

/** Searches households in the actor's subtree with keyset pagination. */
export async function listHouseholds({
  ctx,
  input,
}: {
  ctx: Context & { actor: StaffActor };
  input: HouseholdListQuery;
}): Promise<HouseholdPage> {
  const term = classifySearchTerm(input.q ?? '');
  let idNumberBidx: string | undefined;
  if (term?.kind === 'idNumber') {
    const parsed = parseIdNumber(term.value);
    // An ID that cannot be valid matches nobody; say so rather than scan.
    if (!parsed.ok) return { items: [], nextCursor: null };
    idNumberBidx = ctx.crypto.blindIndex(parsed.value.number);
  }
  const orgPath = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : undefined;
  const rows = await listHouseholdPage(ctx.db, {
    scopePath: ctx.actor.orgPath,
    orgPath,
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
  });
  const sortKey = (r: (typeof rows)[number]): string | null =>
    input.sort === 'updatedDesc' ? r.updated_at : input.sort === 'nameAsc' ? r.head_name : r.file_no;
  return toPage(
    rows,
    input.limit,
    (r) => ({
      id: r.id,
      fileNo: r.file_no,
      headName: r.head_name,
      headIdMasked: maskId(r.id_prefix6, r.id_last4),
      category: r.category as HardshipCategory,
      standardVersion: r.standard_version as StandardVersion,
      status: r.status as HouseholdStatus,
      mainCause: r.main_cause as HardshipCause,
      divisionCode: r.division_code,
      orgId: r.org_id,
      orgName: r.org_name,
      memberCount: r.member_count,
      monthlyIncomeFen: r.monthly_income_fen,
      updatedAt: r.updated_at,
    }),
    sortKey,
  );
}
