import { formatFenAsYuan, type SurveyAnswerValue, type SurveyQuestion } from '@bangfu/domain';

/** One answer as a spreadsheet cell: option labels in Chinese, money in yuan (from integer fen). */
export function answerCell(q: SurveyQuestion, value: SurveyAnswerValue | undefined): string | number {
  if (value === undefined) return '';
  if (q.kind === 'CHOICE') {
    const labels = new Map(q.options.map((o) => [o.code, o.label.zh]));
    const codes = Array.isArray(value) ? value : [String(value)];
    return codes.map((c) => labels.get(c) ?? c).join('、');
  }
  if (q.kind === 'NUMBER') return q.money ? formatFenAsYuan(Number(value)) : Number(value);
  return String(value);
}

export function questionHeader(q: SurveyQuestion): string {
  return q.kind === 'NUMBER' && q.money ? `${q.code} ${q.text.zh}(元)` : `${q.code} ${q.text.zh}`;
}
