import { formatFenAsYuan as yuan } from '../../common/money';
import type { AdjudicationResult } from './claim-schema';
import { formatPermille } from './permille';

/**
 * The decision in plain words for the worker, one sentence per step, ending with what they get.
 * Amounts in yuan; nothing here beyond what the steps already say.
 */
export function explainAdjudication(result: AdjudicationResult, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  if (result.refused) {
    const note = result.steps.find((s) => s.code === 'REFUSED')?.note?.[lang];
    const head = zh
      ? `这次申请不能给付:${result.refused.label.zh}。`
      : `This claim cannot be paid: ${result.refused.label.en}.`;
    return note ? `${head}${zh ? '' : ' '}${note}${zh ? '。' : '.'}` : head;
  }
  const lines = result.steps
    .filter((s) => s.code !== 'PAYABLE')
    .map((s) => {
      const amount =
        s.amountFen === undefined ? '' : zh ? `${yuan(s.amountFen)} 元` : `${yuan(s.amountFen)} yuan`;
      const rate =
        s.ratePermille === undefined
          ? ''
          : zh
            ? `(比例 ${formatPermille(s.ratePermille)})`
            : ` (rate ${formatPermille(s.ratePermille)})`;
      const note = s.note ? (zh ? `:${s.note.zh}` : `: ${s.note.en}`) : '';
      return zh ? `· ${s.label.zh} ${amount}${rate}${note}。` : `- ${s.label.en} ${amount}${rate}${note}.`;
    });
  const total = zh
    ? `本次您可获得互助金 ${yuan(result.payableFen)} 元。`
    : `You will receive ${yuan(result.payableFen)} yuan of mutual aid.`;
  return [...lines, total].join('\n');
}
