import { labelKey, useLang } from '@bangfu/client';
import { formatFenAsYuan, type LabelledEnum } from '@bangfu/domain';
import { useCallback } from 'react';

/** An enum value as its label in the UI language. */
export function useEnumLabel(): <K extends string>(e: LabelledEnum<K>, v: K | null | undefined) => string {
  const { lang } = useLang();
  return useCallback((e, v) => (v ? e.label(v, labelKey(lang)) : '—'), [lang]);
}

export const yuan = (fen: number): string => `¥${formatFenAsYuan(fen)}`;
