import { createHash } from 'node:crypto';
import { type Database, insertManyRows, newId, yieldToEventLoop } from '@bangfu/db';
import { type HouseholdImportDraft, HouseholdImportProblemList } from '@bangfu/domain';
import type { Insertable, Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import type { Context, StaffActor } from '../context';
import { householdColumns } from '../households/household-rows';
import { identify, identityColumns, plainMemberColumns } from '../households/member-rows';

type StaffContext = Context & { actor: StaffActor };

/** Households written per round: progress is reported after each. */
export const WRITE_CHUNK = 1_000;

/** Test-only: lets a test fail the write halfway, to show that nothing of it stays. */
export const householdImportTestHooks: { afterChunk?: (householdsWritten: number) => void } = {};

/** A member claimed by another transaction between the check and the write: the import rolls back. */
export class ImportRaceError extends Error {
  constructor(readonly problems: HouseholdImportProblemList) {
    super('ID numbers were filed elsewhere during the import');
  }
}

export interface WrittenImport {
  readonly householdIds: string[];
  readonly members: number;
}

/**
 * Writes checked households as households.create does (household, members with encrypted and
 * blind-indexed ID numbers and phones, the province-wide ID claim, status DRAFT), in multi-row
 * statements inside the caller's transaction, then one audit event for the whole import.
 */
export async function writeHouseholdImport(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: {
    importId: string;
    fileName: string;
    sha256: string;
    drafts: readonly HouseholdImportDraft[];
    orgPaths: ReadonlyMap<string, string>;
    onProgress?: (done: number) => void;
  },
): Promise<WrittenImport> {
  const now = ctx.now();
  const asOf = businessDate(now);
  const householdIds: string[] = [];
  let members = 0;
  for (let start = 0; start < input.drafts.length; start += WRITE_CHUNK) {
    const chunk = input.drafts.slice(start, start + WRITE_CHUNK);
    const households: Insertable<Database['household']>[] = [];
    const memberRows: Insertable<Database['household_member']>[] = [];
    const claims: Insertable<Database['active_id_number']>[] = [];
    const rowOfClaim = new Map<string, number>();
    for (const d of chunk) {
      const id = newId(now.getTime());
      householdIds.push(id);
      const { orgId, ...form } = d.input;
      households.push({
        id,
        org_id: orgId,
        org_path: input.orgPaths.get(orgId)!,
        status: 'DRAFT',
        ...householdColumns(ctx.crypto, form),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      });
      d.input.members.forEach((m, i) => {
        const memberId = newId(now.getTime());
        const identity = identityColumns(ctx.crypto, identify(m.idNumber ?? '', asOf, i));
        memberRows.push({
          id: memberId,
          household_id: id,
          seq: i + 1,
          ...plainMemberColumns(ctx.crypto, m),
          ...identity,
        });
        claims.push({ id_number_bidx: identity.id_number_bidx, household_id: id, member_id: memberId });
        rowOfClaim.set(identity.id_number_bidx, d.memberRows[i]!);
      });
    }
    await insertManyRows(trx, 'household', households);
    await insertManyRows(trx, 'household_member', memberRows);
    await claimAll(trx, claims, rowOfClaim);
    members += memberRows.length;
    const done = start + chunk.length;
    input.onProgress?.(done);
    householdImportTestHooks.afterChunk?.(done);
    // Progress polls are answered from memory between chunks, even while this holds the database.
    await yieldToEventLoop();
  }
  await appendAudit(trx, ctx, {
    action: 'household.import',
    entityType: 'household_import',
    entityId: input.importId,
    after: {
      fileName: input.fileName,
      sha256: input.sha256,
      households: householdIds.length,
      members,
      status: 'DRAFT',
      // The ids themselves would make one event megabytes long; their hash pins the set.
      householdIdsSha256: createHash('sha256').update(householdIds.join('\n')).digest('hex'),
      firstHouseholdId: householdIds[0] ?? null,
      lastHouseholdId: householdIds.at(-1) ?? null,
    },
  });
  return { householdIds, members };
}

/** Claims the ID numbers; one already held means another file took it since the check. */
async function claimAll(
  trx: Transaction<Database>,
  claims: Insertable<Database['active_id_number']>[],
  rowOfClaim: ReadonlyMap<string, number>,
): Promise<void> {
  const got = new Set<string>();
  for (let start = 0; start < claims.length; start += 10_000) {
    const inserted = await trx
      .insertInto('active_id_number')
      .values(claims.slice(start, start + 10_000))
      .onConflict((oc) => oc.column('id_number_bidx').doNothing())
      .returning('id_number_bidx')
      .execute();
    for (const r of inserted) got.add(r.id_number_bidx);
  }
  if (got.size === claims.length) return;
  const problems = new HouseholdImportProblemList();
  for (const c of claims) {
    if (got.has(c.id_number_bidx)) continue;
    problems.cell('成员', rowOfClaim.get(c.id_number_bidx)!, 'idNumber', {
      zh: '该身份证号已在其他档案中',
      en: 'this ID number is already on another active file',
    });
  }
  throw new ImportRaceError(problems);
}
