import { type Lang, labelIn } from '@bangfu/client';
import type { Campaign } from './api/types';

export type Question = Campaign['questions'][number];

export const questionText = (q: Question, lang: Lang): string => `${q.code}. ${labelIn(q.text, lang)}`;

/** An option code as its label in the current language. */
export function optionLabel(q: Question, code: string, lang: Lang): string {
  if (q.kind !== 'CHOICE') return code;
  const option = q.options.find((o) => o.code === code);
  return option ? labelIn(option.label, lang) : code;
}
