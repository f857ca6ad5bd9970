import type { Database } from '@bangfu/db';
import {
  type AidIncomeLine,
  type AidPolicy,
  type AidProgramme,
  aidCountsAsIncome,
  type Classification,
  ClassificationInputSchema,
  DEFAULT_IDENTIFICATION_POLICY,
  DomainError,
  IDENTIFICATION_POLICY_KIND,
  IdentificationPolicySchema,
  recheckWithAid,
  STILL_QUALIFIES_RULE,
} from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import { loadPolicy } from '../policies/load-policy';

/** What the request's basis records about the recheck (brief §2.4 "income recomputed first"). */
export type RecheckBasis =
  | 'NOT_COUNTED_AS_INCOME'
  | 'NO_ASSESSMENT_ON_FILE'
  | {
      assessmentId: string;
      identificationPolicyVersion: number;
      aid: AidIncomeLine[];
      category: Classification['category'];
      pcniFen: number;
    };

/** This year's income-counting aid: net ledger entries, and requests approved or waiting (not paid yet). */
async function aidThisYear(
  trx: Transaction<Database>,
  householdId: string,
  year: string,
  policy: AidPolicy,
): Promise<AidIncomeLine[]> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const paid = await trx
    .selectFrom('aid_ledger_entry')
    .select(['programme', sql<string>`sum(amount_fen)`.as('net')])
    .where('household_id', '=', householdId)
    .where('counts_as_income', '=', true)
    .where('paid_on', '>=', from)
    .where('paid_on', '<=', to)
    .groupBy('programme')
    .orderBy('programme')
    .execute();
  const open = await trx
    .selectFrom('aid_request')
    .select(['programme', sql<string>`sum(amount_fen)`.as('net')])
    .where('household_id', '=', householdId)
    .where('status', 'in', ['PENDING_APPROVAL', 'APPROVED'])
    .where('paid_on', '>=', from)
    .where('paid_on', '<=', to)
    .groupBy('programme')
    .orderBy('programme')
    .execute();
  return [
    ...paid.map((r) => ({
      programme: r.programme as AidProgramme,
      stage: 'PAID' as const,
      fen: Number(r.net),
    })),
    ...open
      .filter((r) => aidCountsAsIncome(policy, r.programme as AidProgramme))
      .map((r) => ({ programme: r.programme as AidProgramme, stage: 'OPEN' as const, fen: Number(r.net) })),
  ];
}

/**
 * Before a payment that counts as income, classifies the household again from its latest
 * assessment with this year's aid and the requested amount added; refuses (RULE_VIOLATION,
 * STILL_QUALIFIES) when it would no longer qualify. Files imported without an assessment skip it.
 */
export async function recheckStillQualifies(
  trx: Transaction<Database>,
  req: { householdId: string; programme: AidProgramme; amountFen: number; paidOn: string },
  aidPolicy: AidPolicy,
): Promise<RecheckBasis> {
  if (!aidCountsAsIncome(aidPolicy, req.programme)) return 'NOT_COUNTED_AS_INCOME';
  const latest = await trx
    .selectFrom('ident_assessment')
    .select(['id', 'classification_input'])
    .where('household_id', '=', req.householdId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return 'NO_ASSESSMENT_ON_FILE';
  const policy = await loadPolicy(
    trx,
    IDENTIFICATION_POLICY_KIND,
    IdentificationPolicySchema,
    DEFAULT_IDENTIFICATION_POLICY,
    req.paidOn,
  );
  const year = req.paidOn.slice(0, 4);
  const aid: AidIncomeLine[] = [
    ...(await aidThisYear(trx, req.householdId, year, aidPolicy)),
    { programme: req.programme, stage: 'REQUESTED', fen: req.amountFen },
  ];
  const assessed = ClassificationInputSchema.parse(latest.classification_input);
  const result = recheckWithAid(assessed, aid, Number(year), policy.body);
  if (!result.ok) {
    throw new DomainError('RULE_VIOLATION', STILL_QUALIFIES_RULE.label, {
      rule: STILL_QUALIFIES_RULE,
      assessmentId: latest.id,
      policyKind: IDENTIFICATION_POLICY_KIND,
      policyVersion: policy.version,
      aidAddedFen: result.aidAddedFen,
      classification: result.classification,
    });
  }
  return {
    assessmentId: latest.id,
    identificationPolicyVersion: policy.version,
    aid,
    category: result.classification.category,
    pcniFen: result.classification.pcniFen,
  };
}
