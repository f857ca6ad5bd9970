import type { Label } from '@bangfu/domain';
import { useCallback } from 'react';
import { type Lang, labelIn } from './lang';
import { useLang } from './language-provider';

/** A dictionary: every key has its Chinese and English text side by side. */
export type Messages = Readonly<Record<string, Label>>;
export type Vars = Readonly<Record<string, string | number>>;
export type Translate<M extends Messages> = (key: keyof M & string, vars?: Vars) => string;

/** Identity helper that keeps the literal keys of a dictionary for typed lookups. */
export function defineMessages<const M extends Messages>(messages: M): M {
  return messages;
}

/** Looks a key up and fills `{name}` placeholders. */
export function translate<M extends Messages>(messages: M, lang: Lang, key: keyof M & string, vars?: Vars) {
  const text = labelIn(messages[key] as Label, lang);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * `t(key, vars)` over one dictionary in the current language. An app wraps it once at module level:
 * `export const useT = () => useTranslator(appMessages);` (its dictionary merges the common one).
 */
export function useTranslator<M extends Messages>(messages: M): Translate<M> {
  const { lang } = useLang();
  return useCallback<Translate<M>>((key, vars) => translate(messages, lang, key, vars), [messages, lang]);
}
