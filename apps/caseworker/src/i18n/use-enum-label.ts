import { labelKey, useLang } from '@bangfu/client';
import type { LabelledEnum } from '@bangfu/domain';
import { useCallback } from 'react';

/** `enumLabel(HardshipCategory, 'DEEP')` in the current language; unknown values come back as they are. */
export function useEnumLabel() {
  const { lang } = useLang();
  return useCallback(
    <K extends string>(e: LabelledEnum<K>, value: string | null | undefined): string => {
      if (value === null || value === undefined) return '—';
      return (e.values as readonly string[]).includes(value) ? e.label(value as K, labelKey(lang)) : value;
    },
    [lang],
  );
}
