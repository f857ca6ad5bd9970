import type { Label } from '../../common/labelled-enum';

export type PharmacyPurchaseResult =
  | { ok: true; balanceFen: number }
  | {
      ok: false;
      balanceFen: number;
      refused: { code: 'INVALID_AMOUNT' | 'INSUFFICIENT_BALANCE'; label: Label };
    };

/**
 * A purchase at a designated pharmacy against the worker's yearly subsidy (六盘水 定点药房购药补助).
 * The balance never goes below zero: a purchase larger than the balance is refused whole, so the
 * pharmacy charges the rest to the worker directly and nothing is half-recorded.
 */
export function pharmacyPurchase(balanceFen: number, amountFen: number): PharmacyPurchaseResult {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0)
    return {
      ok: false,
      balanceFen,
      refused: {
        code: 'INVALID_AMOUNT',
        label: { zh: '购药金额须为正的整数分', en: 'The amount must be a positive whole number of fen' },
      },
    };
  if (amountFen > balanceFen)
    return {
      ok: false,
      balanceFen,
      refused: {
        code: 'INSUFFICIENT_BALANCE',
        label: { zh: '购药补助余额不足', en: 'Not enough pharmacy subsidy left' },
      },
    };
  return { ok: true, balanceFen: balanceFen - amountFen };
}
