import { PassThrough } from 'node:stream';
import { type Database, withTransaction } from '@bangfu/db';
import {
  canRevealBankAccount,
  canRevealIdNumber,
  DomainError,
  type HouseholdRosterExportSchema,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { Context, StaffActor } from '../context';
import {
  ROSTER_HOUSEHOLD_COLUMNS,
  ROSTER_MEMBER_COLUMNS,
  rosterHouseholdRow,
  rosterMemberRow,
  type Unmask,
} from './roster-sheets';
import { XLSX_MIME, type XlsxFile } from './template-xlsx';

type StaffContext = Context & { actor: StaffActor };
type Input = z.output<typeof HouseholdRosterExportSchema>;

const PAGE = 1_000;

export interface RosterXlsx extends XlsxFile {
  households: number;
  members: number;
  unmasked: Unmask;
}

function scoped(trx: Transaction<Database>, path: string, input: Input) {
  let q = trx.selectFrom('household as h').where('h.org_path', 'like', subtreePattern(path));
  if (input.status) q = q.where('h.status', '=', input.status);
  if (input.category) q = q.where('h.category', '=', input.category);
  return q;
}

function whatToUnmask(actor: StaffActor, input: Input): Unmask {
  if (!input.reveal) return { ids: false, bank: false };
  const unmask = { ids: canRevealIdNumber(actor.roles), bank: canRevealBankAccount(actor.roles) };
  if (!unmask.ids && !unmask.bank) {
    throw new DomainError('FORBIDDEN', {
      zh: '您的角色无权导出未脱敏信息',
      en: 'Your role may not export unmasked data',
    });
  }
  if (!input.purpose) {
    throw new DomainError(
      'VALIDATION',
      { zh: '导出未脱敏信息须说明用途', en: 'Say why unmasked data is exported' },
      { fieldErrors: { purpose: ['请选择用途 / choose a purpose'] } },
    );
  }
  return unmask;
}

/**
 * 花名册 export: the households in the caller's scope (filters: status, category, union) and their
 * members, written row by row through exceljs's streaming writer and read a page at a time, so a
 * county of tens of thousands of rows is never held twice. Audited with counts and what was unmasked.
 */
export async function exportHouseholdRoster({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: Input;
}): Promise<RosterXlsx> {
  const unmask = whatToUnmask(ctx.actor, input);
  return withTransaction(ctx.db, async (trx) => {
    const path = input.orgId ? (await getOrgInScope(trx, ctx.actor, input.orgId)).path : ctx.actor.orgPath;
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: true,
    });
    const hs = book.addWorksheet('户');
    hs.columns = ROSTER_HOUSEHOLD_COLUMNS;
    const numberOf = new Map<string, number>();
    for (let after: string | null = null; ; ) {
      let q = scoped(trx, path, input)
        .innerJoin('org_unit as o', 'o.id', 'h.org_id')
        .selectAll('h')
        .select(['o.code as org_code', 'o.name as org_name'])
        .orderBy('h.id')
        .limit(PAGE);
      if (after) q = q.where('h.id', '>', after);
      const page = await q.execute();
      for (const h of page) {
        numberOf.set(h.id, numberOf.size + 1);
        hs.addRow(rosterHouseholdRow(h, numberOf.size, unmask, ctx.crypto)).commit();
      }
      if (page.length < PAGE) break;
      after = page.at(-1)!.id;
    }
    hs.commit();
    const ms = book.addWorksheet('成员');
    ms.columns = ROSTER_MEMBER_COLUMNS;
    let members = 0;
    for (let after: { h: string; seq: number } | null = null; ; ) {
      let q = scoped(trx, path, input)
        .innerJoin('household_member as m', 'm.household_id', 'h.id')
        .selectAll('m')
        .select('h.file_no')
        .orderBy('m.household_id')
        .orderBy('m.seq')
        .limit(PAGE);
      if (after) q = q.where(sql<boolean>`(m.household_id, m.seq) > (${after.h}::uuid, ${after.seq})`);
      const page = await q.execute();
      for (const m of page) {
        members++;
        ms.addRow(rosterMemberRow(m, numberOf.get(m.household_id) ?? 0, unmask, ctx.crypto)).commit();
      }
      if (page.length < PAGE) break;
      const last = page.at(-1)!;
      after = { h: last.household_id, seq: last.seq };
    }
    ms.commit();
    await book.commit();
    await appendAudit(trx, ctx, {
      action: 'household.export',
      entityType: 'org_unit',
      entityId: input.orgId ?? ctx.actor.orgId,
      after: {
        households: numberOf.size,
        members,
        filters: {
          status: input.status ?? null,
          category: input.category ?? null,
          orgId: input.orgId ?? null,
        },
        unmasked: { idNumber: unmask.ids, phone: unmask.ids, bankAccount: unmask.bank },
      },
      purpose: input.purpose ?? null,
    });
    return {
      filename: `${businessDate(ctx.now())}-困难职工花名册.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: Buffer.concat(chunks).toString('base64'),
      households: numberOf.size,
      members,
      unmasked: unmask,
    };
  });
}
