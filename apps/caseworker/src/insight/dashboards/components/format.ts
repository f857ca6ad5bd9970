import { type Lang, useLang } from '@bangfu/client';
import type { StatsOrgRef } from '@bangfu/domain';
import { useCallback } from 'react';
import { useDashT } from '../i18n/use-dash-t';

/** A ratio's permille as a percent with one decimal ("12.3%"); nothing to divide → "—". */
export function formatRatio(r: { permille: number | null }): string {
  return r.permille === null ? '—' : `${(r.permille / 10).toFixed(1)}%`;
}

export function orgName(org: Pick<StatsOrgRef, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && org.nameEn ? org.nameEn : org.name;
}

/** The name of a child row's unit; null is 本级 (rows kept at the shown org itself). */
export function useChildName(): (org: StatsOrgRef | null) => string {
  const t = useDashT();
  const { lang } = useLang();
  return useCallback((org) => (org ? orgName(org, lang) : t('dash.thisLevel')), [t, lang]);
}
