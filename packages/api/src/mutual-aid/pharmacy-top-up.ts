import { newId, withTransaction } from '@bangfu/db';
import {
  DEFAULT_MUTUAL_AID_POLICY,
  MUTUAL_AID_POLICY_KIND,
  MutualAidPolicySchema,
  type PharmacyTopUpSchema,
} from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { loadPolicy } from '../policies/load-policy';
import { extremelyPoorMembers } from './extremely-poor-members';
import type { StaffContext } from './mutual-aid-errors';
import { type PayerOrgs, payerOrgsFor } from './payer-orgs';

type Input = z.infer<typeof PharmacyTopUpSchema>;

export interface TopUpResult {
  toppedUp: number;
  alreadyToppedUp: number;
  totalFen: number;
  policyVersion: number;
}

/**
 * 药房补助充值 (六盘水): tops up the yearly pharmacy account of every extremely poor member in
 * the chosen scheme or union, split between the payers as given. A member already topped up for
 * the year is skipped, so repeating the request pays nobody twice.
 */
export async function pharmacyTopUp({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: Input;
}): Promise<TopUpResult> {
  return withTransaction(ctx.db, async (trx) => {
    const policy = await loadPolicy(
      trx,
      MUTUAL_AID_POLICY_KIND,
      MutualAidPolicySchema,
      DEFAULT_MUTUAL_AID_POLICY,
    );
    const members = await extremelyPoorMembers(trx, ctx, input, policy.body);
    const payerOrgCache = new Map<string, PayerOrgs>();
    const now = ctx.now();
    const result: TopUpResult = {
      toppedUp: 0,
      alreadyToppedUp: 0,
      totalFen: 0,
      policyVersion: policy.version,
    };
    for (const m of members) {
      const key = `topup:${m.id}:${input.year}`;
      const done = await trx
        .selectFrom('pharmacy_txn')
        .select('id')
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      if (done) {
        result.alreadyToppedUp += 1;
        continue;
      }
      if (!payerOrgCache.has(m.unit_org_id)) {
        payerOrgCache.set(
          m.unit_org_id,
          await payerOrgsFor(trx, { org_id: m.unit_org_id, org_path: m.org_path }, m.unit_org_id),
        );
      }
      const orgs = payerOrgCache.get(m.unit_org_id)!;
      const account = await trx
        .insertInto('pharmacy_account')
        .values({
          id: newId(now.getTime()),
          member_id: m.id,
          year: input.year,
          org_path: m.org_path,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['member_id', 'year'])
            .doUpdateSet((eb) => ({ updated_at: now, version: eb('pharmacy_account.version', '+', 1) })),
        )
        .returning(['id'])
        .executeTakeFirstOrThrow();
      const updated = await trx
        .updateTable('pharmacy_account')
        .set((eb) => ({
          balance_fen: eb('balance_fen', '+', input.amountFen),
          topped_up_fen: eb('topped_up_fen', '+', input.amountFen),
        }))
        .where('id', '=', account.id)
        .returning(['balance_fen'])
        .executeTakeFirstOrThrow();
      const funding = input.split.map((s) => ({ payer: s.payer, payerOrgId: orgs[s.payer], fen: s.fen }));
      await trx
        .insertInto('pharmacy_txn')
        .values({
          id: newId(now.getTime()),
          account_id: account.id,
          kind: 'TOP_UP',
          amount_fen: input.amountFen,
          pharmacy: null,
          funding: JSON.stringify(funding),
          balance_after_fen: Number(updated.balance_fen),
          idempotency_key: key,
          created_by: ctx.actor.userId,
          at: now,
        })
        .execute();
      result.toppedUp += 1;
      result.totalFen += input.amountFen;
    }
    await appendAudit(trx, ctx, {
      action: 'mutual_aid.pharmacy.top_up',
      entityType: 'pharmacy_account',
      entityId: input.schemeId ?? input.orgId ?? '',
      after: { ...input, ...result },
    });
    return result;
  });
}
