import type { Database, FieldCrypto } from '@bangfu/db';
import {
  type HouseholdImportDraft,
  HouseholdImportProblemList,
  type HouseholdImportSheets,
  householdImportCellText,
  parseIdNumber,
  validateHouseholdImport,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { businessDate } from '../common/business-date';
import { subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';

type Executor = Kysely<Database> | Transaction<Database>;

/** Lookups with an `in` list go in chunks, well under PostgreSQL's bind-parameter limit. */
const LOOKUP_CHUNK = 5_000;

export interface CheckedImport {
  readonly problems: HouseholdImportProblemList;
  readonly drafts: HouseholdImportDraft[];
  /** The org path of every union the drafts are filed under. */
  readonly orgPaths: ReadonlyMap<string, string>;
}

async function unionsInScope(db: Executor, actor: StaffActor, sheets: HouseholdImportSheets) {
  const codes = [
    ...new Set(
      sheets.households.map((h) => householdImportCellText(h.cells.orgCode ?? null)).filter(Boolean),
    ),
  ];
  const byCode = new Map<string, { id: string; path: string }>();
  for (let i = 0; i < codes.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .selectFrom('org_unit')
      .select(['id', 'code', 'path'])
      .where('code', 'in', codes.slice(i, i + LOOKUP_CHUNK))
      .where('path', 'like', subtreePattern(actor.orgPath))
      .execute();
    for (const r of rows) byCode.set(r.code, { id: r.id, path: r.path });
  }
  return byCode;
}

/**
 * Members already on an active file anywhere in the province, found by blind index. The message
 * says only that: which household or union holds them is not the importer's to learn.
 */
async function markProvinceDuplicates(
  db: Executor,
  crypto: FieldCrypto,
  sheets: HouseholdImportSheets,
  asOf: string,
  problems: HouseholdImportProblemList,
): Promise<number> {
  const rowOf = new Map<string, number>();
  for (const m of sheets.members) {
    if (problems.has('成员', m.row, 'idNumber')) continue;
    const id = parseIdNumber(householdImportCellText(m.cells.idNumber ?? null), { asOf });
    if (id.ok) rowOf.set(crypto.blindIndex(id.value.number), m.row);
  }
  const bidxs = [...rowOf.keys()];
  let found = 0;
  for (let i = 0; i < bidxs.length; i += LOOKUP_CHUNK) {
    const taken = await db
      .selectFrom('active_id_number')
      .select('id_number_bidx')
      .where('id_number_bidx', 'in', bidxs.slice(i, i + LOOKUP_CHUNK))
      .execute();
    for (const t of taken) {
      found++;
      problems.cell('成员', rowOf.get(t.id_number_bidx)!, 'idNumber', {
        zh: '该身份证号已在其他档案中',
        en: 'this ID number is already on another active file',
      });
    }
  }
  return found;
}

/** Everything a dry run checks: the cells, the unions in scope, and duplicates in the province. */
export async function checkHouseholdImport(
  db: Executor,
  ctx: { actor: StaffActor; crypto: FieldCrypto },
  input: {
    sheets: HouseholdImportSheets;
    asOf: string;
    sha256: string;
    problems?: HouseholdImportProblemList;
  },
): Promise<CheckedImport> {
  const unions = await unionsInScope(db, ctx.actor, input.sheets);
  const { problems, drafts } = validateHouseholdImport({
    sheets: input.sheets,
    asOf: input.asOf,
    orgIdOf: (code) => unions.get(code)?.id ?? null,
    problems: input.problems ?? new HouseholdImportProblemList(),
  });
  const duplicates = await markProvinceDuplicates(db, ctx.crypto, input.sheets, input.asOf, problems);
  if (duplicates > 0) {
    const earlier = await db
      .selectFrom('household_import')
      .select('started_at')
      .where('sha256', '=', input.sha256)
      .where('status', '=', 'DONE')
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .orderBy('started_at', 'desc')
      .executeTakeFirst();
    if (earlier) {
      const on = businessDate(new Date(earlier.started_at));
      problems.file({
        zh: `此文件与${on}已成功导入的文件内容完全相同：其中的人员已在档案中，不能重复导入`,
        en: `This file is identical to one imported on ${on}: its people are already on file`,
      });
    }
  }
  const orgPaths = new Map([...unions.values()].map((u) => [u.id, u.path]));
  return { problems, drafts, orgPaths };
}
