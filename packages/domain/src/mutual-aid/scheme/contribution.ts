import type { PayerKind } from './scheme-enums';
import type { MutualAidPlan } from './scheme-schema';

export interface PayerShare {
  payer: PayerKind;
  fen: number;
}

/**
 * Who pays what of one member's contribution: the shares for all members plus those for the
 * member's category (hardship or ordinary), one line per payer. The scheme schema guarantees
 * they add up to the plan's total for either category.
 */
export function splitContribution(plan: MutualAidPlan, member: { hardship: boolean }): PayerShare[] {
  const category = member.hardship ? 'HARDSHIP' : 'ORDINARY';
  const byPayer = new Map<PayerKind, number>();
  for (const share of plan.contribution.split) {
    if (share.appliesTo !== 'ALL' && share.appliesTo !== category) continue;
    byPayer.set(share.payer, (byPayer.get(share.payer) ?? 0) + share.fen);
  }
  return [...byPayer].filter(([, fen]) => fen > 0).map(([payer, fen]) => ({ payer, fen }));
}
