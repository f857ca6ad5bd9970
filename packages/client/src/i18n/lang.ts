import type { Label } from '@bangfu/domain';

/** UI languages. Chinese is the default; English is for staff who ask for it. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';
export const LANG_STORAGE_KEY = 'bangfu.lang';

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/** The key of a domain `Label` (and of `LabelledEnum.label`) for a UI language. */
export function labelKey(lang: Lang): 'zh' | 'en' {
  return lang === 'en' ? 'en' : 'zh';
}

export function labelIn(label: Label, lang: Lang): string {
  return label[labelKey(lang)];
}

/**
 * Domain schema messages are written once in both languages as '中文 / English'. Returns the part
 * for `lang`; a message without the separator is returned whole.
 */
export function localizeBilingual(message: string, lang: Lang): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return lang === 'en' ? message.slice(at + 3).trim() : message.slice(0, at).trim();
}

export function readStoredLang(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Lang {
  const stored = storage?.getItem(LANG_STORAGE_KEY);
  return isLang(stored) ? stored : DEFAULT_LANG;
}

export function storeLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode or a full quota: the choice lasts for this page only, which is fine.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
