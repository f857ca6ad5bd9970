import { fenToYuanInput } from '@bangfu/client';
import { parseYuanToFen } from '@bangfu/domain';
import type { Question } from '../question-label';

type FormAnswers = Record<string, unknown>;

/**
 * Form answers → the wire: money typed in yuan becomes integer fen (no float arithmetic); empty
 * fields are left out. A yuan text that does not parse is sent as is, so the server names it.
 */
export function answersToWire(
  questions: readonly Question[],
  form: FormAnswers = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const v = form[q.code];
    if (v === undefined || v === null || v === '') continue;
    if (q.kind === 'NUMBER' && q.money) out[q.code] = parseYuanToFen(String(v)) ?? String(v);
    else out[q.code] = v;
  }
  return out;
}

/** Stored answers → form values (fen back to yuan text for money questions). */
export function answersToForm(questions: readonly Question[], answers: Record<string, unknown>): FormAnswers {
  const out: FormAnswers = {};
  for (const q of questions) {
    const v = answers[q.code];
    if (v === undefined) continue;
    out[q.code] = q.kind === 'NUMBER' && q.money ? fenToYuanInput(Number(v)) : v;
  }
  return out;
}
