import { useLang } from '@bangfu/client';
import { getDivision } from '@bangfu/domain';
import { useCallback } from 'react';

/** A division code as its name in the UI language; unknown codes as they are. */
export function useDivisionName(): (code: string | null | undefined) => string {
  const { lang } = useLang();
  return useCallback(
    (code) => {
      if (!code) return '—';
      const d = getDivision(code);
      return d ? (lang === 'en' ? d.nameEn : d.name) : code;
    },
    [lang],
  );
}
