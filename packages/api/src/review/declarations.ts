import { newId, withTransaction } from '@bangfu/db';
import {
  type DeclarationKind,
  type DeclareSchema,
  DomainError,
  maskIdNumber,
  maskNameForNotice,
  normaliseEmployerName,
  type WithdrawDeclarationSchema,
} from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { declarationNotFound, fieldError, type StaffContext } from './review-errors';

export interface DeclarationDto {
  id: string;
  kind: DeclarationKind;
  idMasked: string | null;
  relation: string | null;
  personName: string | null;
  employerNameNorm: string | null;
  declaredAt: string;
  withdrawnAt: string | null;
  version: number;
}

/** 回避申报: stores an ID number only as a blind index and a masked form, never in clear. */
export async function declare({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof DeclareSchema>;
}): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  const isEmployer = input.kind === 'EMPLOYER';
  const values = {
    id: newId(now.getTime()),
    user_id: ctx.actor.userId,
    kind: input.kind,
    id_number_bidx: !isEmployer && input.idNumber ? ctx.crypto.blindIndex(input.idNumber) : null,
    id_masked: !isEmployer && input.idNumber ? maskIdNumber(input.idNumber) : null,
    relation: input.kind === 'RELATIVE' ? (input.relation ?? null) : null,
    person_name: input.kind === 'RELATIVE' ? (input.personName ?? null) : null,
    employer_name_norm: isEmployer ? normaliseEmployerName(input.employerName) : null,
    declared_at: now,
  };
  if (isEmployer && !values.employer_name_norm) {
    throw fieldError('employerName', '请填写有效的单位名称', 'Enter a real employer name');
  }
  return withTransaction(ctx.db, async (trx) => {
    let dup = trx
      .selectFrom('staff_declaration')
      .select('id')
      .where('user_id', '=', ctx.actor.userId)
      .where('kind', '=', input.kind)
      .where('withdrawn_at', 'is', null);
    dup = isEmployer
      ? dup.where('employer_name_norm', '=', values.employer_name_norm)
      : dup.where('id_number_bidx', '=', values.id_number_bidx);
    if (await dup.executeTakeFirst()) {
      throw new DomainError('CONFLICT', { zh: '已申报过该项', en: 'Already declared' });
    }
    await trx.insertInto('staff_declaration').values(values).execute();
    await appendAudit(trx, ctx, {
      action: 'declaration.create',
      entityType: 'staff_declaration',
      entityId: values.id,
      after: {
        kind: values.kind,
        idMasked: values.id_masked,
        relation: values.relation,
        personName: values.person_name ? maskNameForNotice(values.person_name) : null,
        employer: values.employer_name_norm,
      },
    });
    return { id: values.id, version: 1 };
  });
}

/** Withdraws one of the actor's own declarations; someone else's reads as not found. */
export async function withdrawDeclaration({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof WithdrawDeclarationSchema>;
}): Promise<{ id: string; version: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('staff_declaration')
      .select(['id', 'version', 'withdrawn_at'])
      .where('id', '=', input.id)
      .where('user_id', '=', ctx.actor.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw declarationNotFound();
    if (row.withdrawn_at) throw new DomainError('CONFLICT', { zh: '该申报已撤回', en: 'Already withdrawn' });
    if (row.version !== input.version) {
      throw new DomainError('VERSION_CONFLICT', {
        zh: '该申报已被修改,请刷新后重试',
        en: 'This declaration changed; reload and try again',
      });
    }
    await trx
      .updateTable('staff_declaration')
      .set({ withdrawn_at: ctx.now(), version: row.version + 1 })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(trx, ctx, {
      action: 'declaration.withdraw',
      entityType: 'staff_declaration',
      entityId: row.id,
    });
    return { id: row.id, version: row.version + 1 };
  });
}

/** The actor's own declarations, newest first; ID numbers only in masked form. */
export async function myDeclarations({ ctx }: { ctx: StaffContext }): Promise<DeclarationDto[]> {
  const rows = await ctx.db
    .selectFrom('staff_declaration')
    .select([
      'id',
      'kind',
      'id_masked',
      'relation',
      'person_name',
      'employer_name_norm',
      'declared_at',
      'withdrawn_at',
      'version',
    ])
    .where('user_id', '=', ctx.actor.userId)
    .orderBy('declared_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DeclarationKind,
    idMasked: r.id_masked,
    relation: r.relation,
    personName: r.person_name,
    employerNameNorm: r.employer_name_norm,
    declaredAt: r.declared_at,
    withdrawnAt: r.withdrawn_at,
    version: r.version,
  }));
}
