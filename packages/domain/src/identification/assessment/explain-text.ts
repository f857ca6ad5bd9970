import { formatFenAsYuan } from '../../common/money';
import type { Classification, ExplanationLine } from './classification-input';

function figure(line: ExplanationLine, lang: 'zh' | 'en'): string {
  const unit = lang === 'zh' ? ' 元' : ' yuan';
  if (line.valueFen !== undefined) return `${line.label[lang]}: ${formatFenAsYuan(line.valueFen)}${unit}`;
  return `${line.label[lang]}: ${line.note?.[lang] ?? line.count ?? ''}`;
}

function comparison(line: ExplanationLine, lang: 'zh' | 'en'): string {
  const mark = line.passed ? (lang === 'zh' ? '符合' : 'met') : lang === 'zh' ? '不符合' : 'not met';
  const figures =
    line.valueFen !== undefined && line.thresholdFen !== undefined
      ? ` (${formatFenAsYuan(line.valueFen)} / ${formatFenAsYuan(line.thresholdFen)})`
      : '';
  return `${line.label[lang]}${figures}: ${mark}`;
}

const FIGURES = ['TOTAL_INCOME', 'RIGID_SPENDING', 'HOUSEHOLD_SIZE', 'PCNI', 'LINE'];

/** A plain-words summary for the worker portal: the result, the key figures, each test. */
export function explainText(classification: Classification, lang: 'zh' | 'en'): string {
  const lines = classification.explanation;
  const result = lines.find((l) => l.code === 'RESULT');
  const parts: string[] = [];
  if (result) parts.push(result.note ? `${result.label[lang]} (${result.note[lang]})` : result.label[lang]);
  for (const code of FIGURES) {
    const line = lines.find((l) => l.code === code);
    if (line) parts.push(figure(line, lang));
  }
  for (const line of lines) {
    if (line.passed === undefined || line.code === 'RESULT') continue;
    if (line.code.startsWith('EXCLUSION_') && line.passed) continue;
    parts.push(comparison(line, lang));
  }
  return parts.join(lang === 'zh' ? '。\n' : '.\n') + (lang === 'zh' ? '。' : '.');
}
