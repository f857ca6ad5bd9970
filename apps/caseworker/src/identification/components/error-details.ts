import {
  type ApiErrorData,
  type Lang,
  labelIn,
  labelKey,
  localizeBilingual,
  type Translate,
} from '@bangfu/client';
import { HouseholdStatus, IdentificationEvent, type Label, type LabelledEnum } from '@bangfu/domain';
import type { identificationMessages } from '../i18n/use-ident-t';

type T = Translate<typeof identificationMessages>;

const RECUSAL_KEYS = {
  'id.recusal.SELF_IS_MEMBER': true,
  'id.recusal.DECLARED_RELATIVE': true,
  'id.recusal.SAME_EMPLOYER': true,
  'id.recusal.SURVEYOR_OF_CASE': true,
  'id.recusal.REGISTRAR_OF_CASE': true,
} as const;
type RecusalKey = keyof typeof RECUSAL_KEYS;

const enumText = <K extends string>(e: LabelledEnum<K>, v: string, key: 'zh' | 'en'): string =>
  (e.values as readonly string[]).includes(v) ? e.label(v as K, key) : v;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isLabel = (v: unknown): v is Label =>
  isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** One reason as text: a bilingual label, a RecusalReason code, or a record naming both. */
function reasonText(reason: unknown, lang: Lang, t: T): string | null {
  if (isLabel(reason)) return labelIn(reason, lang);
  if (typeof reason === 'string') {
    const key = `id.recusal.${reason}`;
    return key in RECUSAL_KEYS ? t(key as RecusalKey) : localizeBilingual(reason, lang);
  }
  if (!isRecord(reason)) return null;
  const main = reasonText(reason.label ?? reason.reason ?? reason.code, lang, t);
  const who = typeof reason.personName === 'string' ? reason.personName : reason.userName;
  return main && typeof who === 'string' ? `${who}:${main}` : main;
}

/**
 * Every reason the server attached to a refusal, readable: 回避事由 (details.reasons), the step it
 * expected (details.expected / allowed) and field problems (fieldErrors).
 */
export function detailLines(data: ApiErrorData | null, lang: Lang, t: T): string[] {
  if (!data) return [];
  const lines: string[] = [];
  const details = data.details ?? {};
  const reasons = Array.isArray(details.reasons) ? details.reasons : [];
  for (const r of reasons) {
    const text = reasonText(r, lang, t);
    if (text) lines.push(text);
  }
  const key = labelKey(lang);
  const status = details.from ?? details.status;
  if (typeof status === 'string') {
    lines.push(t('id.err.currentStatus', { status: enumText(HouseholdStatus, status, key) }));
  }
  const expected = details.expected ?? details.expectedStep ?? details.next;
  if (typeof expected === 'string') lines.push(t('id.err.expected', { step: expected }));
  if (Array.isArray(details.allowed) && details.allowed.length > 0) {
    const steps = details.allowed.map((e) => enumText(IdentificationEvent, String(e), key)).join('、');
    lines.push(t('id.err.allowed', { steps }));
  }
  for (const [path, messages] of Object.entries(data.fieldErrors ?? {})) {
    for (const m of messages)
      lines.push(path === '_' ? localizeBilingual(m, lang) : `${path}: ${localizeBilingual(m, lang)}`);
  }
  return [...new Set(lines)];
}
