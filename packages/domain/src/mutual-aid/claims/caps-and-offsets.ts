import { formatFenAsYuan as yuan } from '../../common/money';
import type { MutualAidPlan } from '../scheme/scheme-schema';
import type { AdjudicationStep, ClaimHistory } from './claim-schema';

/**
 * Applies, in order, the cap per claim, what is left of the cap per term after earlier payouts in
 * the same cover period, and the offset for other union aid already received for the event.
 */
export function applyCapsAndOffsets(
  plan: MutualAidPlan,
  amountFen: number,
  input: { cover: { from: string; to: string }; history: ClaimHistory; otherUnionAidFen: number },
): { payableFen: number; steps: AdjudicationStep[] } {
  const steps: AdjudicationStep[] = [];
  let payable = amountFen;
  if (plan.capPerClaimFen !== undefined && payable > plan.capPerClaimFen) {
    payable = plan.capPerClaimFen;
    steps.push({
      code: 'CAP_PER_CLAIM',
      label: { zh: '单次封顶', en: 'Cap per claim' },
      amountFen: payable,
      note: {
        zh: `每次最多 ${yuan(plan.capPerClaimFen)} 元`,
        en: `At most ${yuan(plan.capPerClaimFen)} yuan per claim`,
      },
    });
  }
  if (plan.capPerTermFen !== undefined) {
    const { from, to } = input.cover;
    const paidInTerm = input.history
      .filter((h) => h.planCode === plan.code && h.date >= from && h.date <= to)
      .reduce((sum, h) => sum + h.paidFen, 0);
    const left = Math.max(0, plan.capPerTermFen - paidInTerm);
    if (payable > left) {
      payable = left;
      steps.push({
        code: 'CAP_PER_TERM',
        label: { zh: '保障期封顶', en: 'Cap per term' },
        amountFen: payable,
        note: {
          zh: `每个保障期最多 ${yuan(plan.capPerTermFen)} 元,本期已付 ${yuan(paidInTerm)} 元,尚余 ${yuan(left)} 元`,
          en: `At most ${yuan(plan.capPerTermFen)} yuan per term; ${yuan(paidInTerm)} already paid, ${yuan(left)} left`,
        },
      });
    }
  }
  if (plan.offsetsOtherUnionAid && input.otherUnionAidFen > 0 && payable > 0) {
    const deducted = Math.min(payable, input.otherUnionAidFen);
    payable -= deducted;
    steps.push({
      code: 'OFFSET_OTHER_UNION_AID',
      label: { zh: '扣除已获其他工会互助', en: 'Other union aid already received' },
      amountFen: deducted,
      note: {
        zh: '同一事件已从其他工会项目获得的金额予以扣除',
        en: 'What other union schemes paid for the same event is deducted',
      },
    });
  }
  return { payableFen: payable, steps };
}
