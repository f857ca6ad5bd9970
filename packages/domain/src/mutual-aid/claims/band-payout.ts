import { formatFenAsYuan as yuan } from '../../common/money';
import type { RateBand } from '../scheme/scheme-schema';
import type { AdjudicationStep } from './claim-schema';
import { applyPermille, formatPermille } from './permille';

/** The part of a band under `x`, above the yearly deductible. */
function coveredInBand(band: RateBand, x: number, deductibleFen: number): number {
  const top = band.toFen === null ? x : Math.min(x, band.toFen);
  return Math.max(0, top - Math.max(band.fromFen, deductibleFen));
}

/**
 * Pays this claim's base through the bands, counted on the year's running total: the claim gets
 * what the year's payout grows by when its base is added to the earlier claims'. So a second stay
 * does not meet the yearly deductible again and lands in the band the year has reached; and the
 * sum over a year does not depend on how the stays were split. Each band rounds down to the fen.
 */
export function payThroughBands(input: {
  bands: RateBand[];
  hardship: boolean;
  deductiblePerYearFen: number;
  priorBaseFen: number;
  baseFen: number;
}): { amountFen: number; steps: AdjudicationStep[] } {
  const { bands, hardship, deductiblePerYearFen: d, priorBaseFen: before } = input;
  const after = before + input.baseFen;
  const steps: AdjudicationStep[] = [];
  if (d > 0) {
    const used = Math.min(after, d) - Math.min(before, d);
    steps.push({
      code: 'DEDUCTIBLE_PER_YEAR',
      label: { zh: '年度起付线', en: 'Yearly deductible' },
      amountFen: used,
      note: {
        zh: `每年自付 ${yuan(d)} 元以下部分不予互助;本年此前已计 ${yuan(Math.min(before, d))} 元,本次计入 ${yuan(used)} 元`,
        en: `The first ${yuan(d)} yuan a year is not paid; ${yuan(Math.min(before, d))} counted before, ${yuan(used)} now`,
      },
    });
  }
  let amountFen = 0;
  for (const band of bands) {
    const rate =
      hardship && band.ratePermilleHardship !== undefined ? band.ratePermilleHardship : band.ratePermille;
    const portion = coveredInBand(band, after, d) - coveredInBand(band, before, d);
    if (portion <= 0) continue;
    const amount =
      applyPermille(coveredInBand(band, after, d), rate) -
      applyPermille(coveredInBand(band, before, d), rate);
    amountFen += amount;
    const range = `${yuan(band.fromFen)}–${band.toFen === null ? '' : yuan(band.toFen)}`;
    const why =
      rate === band.ratePermille ? { zh: '', en: '' } : { zh: '(困难职工比例)', en: ' (hardship rate)' };
    steps.push({
      code: 'BAND',
      label: { zh: `分段 ${range} 元`, en: `Band ${range} yuan` },
      amountFen: amount,
      ratePermille: rate,
      note: {
        zh: `本段计入 ${yuan(portion)} 元 × ${formatPermille(rate)}${why.zh},舍去不足一分的部分`,
        en: `${yuan(portion)} yuan in this band × ${formatPermille(rate)}${why.en}, rounded down to the fen`,
      },
    });
  }
  return { amountFen, steps };
}
