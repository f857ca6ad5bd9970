import type { Label } from '@bangfu/domain';
import { type Lang, labelIn, localizeBilingual } from './i18n/lang';

/** The `data` the server's error formatter puts on every tRPC error. */
export interface ApiErrorData {
  readonly domainCode?: string;
  readonly messages?: Label;
  /** Dotted paths such as `members.0.idNumber`; '_' for the input as a whole. */
  readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly httpStatus?: number;
}

const NETWORK: Label = {
  zh: '无法连接服务器，请检查网络后重试',
  en: 'Cannot reach the server; check the network and try again',
};
const UNKNOWN: Label = { zh: '操作失败，请稍后重试', en: 'Something went wrong; please try again' };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isLabel(v: unknown): v is Label {
  return isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';
}

/**
 * The server's error data, read structurally so it works for a TRPCClientError and for anything
 * shaped like one (tests, errors rethrown across a boundary).
 */
export function errorData(err: unknown): ApiErrorData | null {
  if (!isRecord(err) || !isRecord(err.data)) return null;
  return err.data as ApiErrorData;
}

/** The stable domain code ('VERSION_CONFLICT', 'FORBIDDEN', …), or null when the server did not answer. */
export function domainCode(err: unknown): string | null {
  const code = errorData(err)?.domainCode;
  return typeof code === 'string' ? code : null;
}

/** A message a user can read, in their language. */
export function errorMessage(err: unknown, lang: Lang): string {
  const data = errorData(err);
  if (data && isLabel(data.messages)) return labelIn(data.messages, lang);
  if (isRecord(err) && err.name === 'TRPCClientError' && !data) return labelIn(NETWORK, lang);
  if (err instanceof TypeError) return labelIn(NETWORK, lang);
  return labelIn(UNKNOWN, lang);
}

/**
 * Per-field messages of a rejected request, keyed by dotted path ('members.0.idNumber'), from
 * `data.fieldErrors` (where the server puts both schema and domain-rule field errors). Empty for any other error. With `lang`, bilingual messages ('中文 / English') are cut to
 * that language.
 */
export function fieldErrors(err: unknown, lang?: Lang): Record<string, string[]> {
  const data = errorData(err);
  const out: Record<string, string[]> = {};
  const sources = [data?.fieldErrors];
  for (const raw of sources) {
    if (!isRecord(raw)) continue;
    for (const [path, messages] of Object.entries(raw)) {
      if (!Array.isArray(messages)) continue;
      const texts = messages.filter((m): m is string => typeof m === 'string');
      const localized = lang ? texts.map((m) => localizeBilingual(m, lang)) : texts;
      out[path] = [...(out[path] ?? []), ...localized.filter((m) => !out[path]?.includes(m))];
    }
  }
  return out;
}
