import { type Database, newId, withTransaction } from '@bangfu/db';
import { formatFenAsYuan, type PayerPaymentSchema } from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { notFound } from '../common/scope';
import { schemeVersionIds } from './fund-accounts';
import { fieldError, ruleViolation, type StaffContext } from './mutual-aid-errors';
import { getVisibleScheme, type SchemeRow } from './scheme-rows';

type Input = z.infer<typeof PayerPaymentSchema>;
const PAYERS_WITHOUT_ORG = ['INDIVIDUAL', 'OTHER'];

async function payerOrg(trx: Transaction<Database>, input: Input, scheme: SchemeRow) {
  if (PAYERS_WITHOUT_ORG.includes(input.payer)) return { id: null, path: scheme.org_path };
  if (!input.payerOrgId)
    throw fieldError('payerOrgId', { zh: '请选择出资单位', en: 'Choose the paying organisation' });
  const org = await trx
    .selectFrom('org_unit')
    .select(['id', 'path'])
    .where('id', '=', input.payerOrgId)
    .executeTakeFirst();
  if (!org) throw notFound({ zh: '出资单位不存在', en: 'Paying organisation not found' });
  return org;
}

/**
 * 出资到账: records what one payer paid into a scheme's fund for the term and allocates it to
 * that payer's open contribution shares, oldest first. Paying more than is owed is refused.
 */
export async function recordPayerPayment({ ctx, input }: { ctx: StaffContext; input: Input }) {
  return withTransaction(ctx.db, async (trx) => {
    const scheme = await getVisibleScheme(trx, { id: input.schemeId, orgPath: ctx.actor.orgPath });
    const org = await payerOrg(trx, input, scheme);
    await sql`select pg_advisory_xact_lock(7426014, hashtext(${`${scheme.code}|${input.payer}|${org.id ?? ''}`}))`.execute(
      trx,
    );
    const open = trx
      .selectFrom('ma_contribution')
      .where('scheme_id', 'in', schemeVersionIds(trx, scheme.code, scheme.term_year))
      .where('payer', '=', input.payer)
      .where(org.id === null ? sql<boolean>`payer_org_id is null` : sql<boolean>`payer_org_id = ${org.id}`)
      .where(sql<boolean>`paid_fen < amount_fen`);
    const due = await open
      .select(sql<number>`coalesce(sum(amount_fen - paid_fen), 0)`.as('due'))
      .executeTakeFirstOrThrow();
    const outstanding = Number(due.due);
    if (input.amountFen > outstanding) {
      throw ruleViolation({
        zh: `到账金额超过该出资方应缴未缴的 ${formatFenAsYuan(outstanding)} 元`,
        en: `The payment exceeds the ${formatFenAsYuan(outstanding)} yuan this payer still owes`,
      });
    }
    // Allocate oldest first, in one statement: each share takes what is left after the shares before it.
    await sql`
      update ma_contribution c set paid_fen = c.paid_fen + a.take
      from (
        select id, least(amount_fen - paid_fen, ${input.amountFen} - coalesce(sum(amount_fen - paid_fen)
          over (order by id rows between unbounded preceding and 1 preceding), 0)) as take
        from ma_contribution
        where scheme_id in (select id from ma_scheme where code = ${scheme.code} and term_year = ${scheme.term_year})
          and payer = ${input.payer} and payer_org_id is not distinct from ${org.id}::uuid and paid_fen < amount_fen
      ) a
      where c.id = a.id and a.take > 0`.execute(trx);
    const id = newId(ctx.now().getTime());
    await trx
      .insertInto('ma_payer_payment')
      .values({
        id,
        scheme_id: scheme.id,
        payer: input.payer,
        payer_org_id: org.id,
        amount_fen: input.amountFen,
        paid_on: input.paidOn,
        reference: input.reference,
        org_path: org.path,
        created_by: ctx.actor.userId,
        created_at: ctx.now(),
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'mutual_aid.payer_payment',
      entityType: 'ma_payer_payment',
      entityId: id,
      after: { ...input, payerOrgId: org.id },
    });
    return { id, allocatedFen: input.amountFen, outstandingFen: outstanding - input.amountFen };
  });
}
