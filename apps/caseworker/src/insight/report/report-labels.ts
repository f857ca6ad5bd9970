import { labelKey, useLang } from '@bangfu/client';
import { getDivision, type LabelledEnum } from '@bangfu/domain';
import { useCallback } from 'react';
import { useReportT } from './i18n/use-report-t';

/** Label lookups of the report's keys in the current language; a missing key reads 未填. */
export function useReportLabels() {
  const t = useReportT();
  const { lang } = useLang();
  const key = labelKey(lang);
  const enumLabel = useCallback(
    <K extends string>(e: LabelledEnum<K>) =>
      (value: string) =>
        (e.values as readonly string[]).includes(value)
          ? e.label(value as K, key)
          : value || t('rep.unknown'),
    [key, t],
  );
  // Region keys are GB/T 2260 division codes.
  const region = useCallback(
    (code: string) => {
      const d = getDivision(code);
      return d ? (key === 'en' ? d.nameEn : d.name) : code || t('rep.unknown');
    },
    [key, t],
  );
  // Bands are "lo-hi" in yuan, "lo-" for the open one.
  const band = useCallback(
    (k: string) => {
      const [lo = '', hi = ''] = k.split('-');
      if (!hi) return t('rep.band.above', { lo });
      if (lo === '0') return t('rep.band.below', { hi });
      return t('rep.band.between', { lo, hi });
    },
    [t],
  );
  return { enumLabel, region, band };
}
