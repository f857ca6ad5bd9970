import { useLang } from '@bangfu/client';
import type { MenuProps } from 'antd';
import { useAssessmentMenuItems } from './assessment/assessment-menu';
import { useDashboardsMenuItems } from './dashboards/dashboards-menu';
import { useReportMenuItems } from './report/report-menu';
import { useSurveyMenuItems } from './survey/survey-menu';

type MenuItem = NonNullable<MenuProps['items']>[number];

export interface InsightMenu {
  readonly group: MenuItem | null;
  /** The paths of its entries, to select the one a page belongs to. */
  readonly keys: readonly string[];
}

/** The 调研与考核 group of the side menu; no group when the user may use none of it. */
export function useInsightMenuGroup(): InsightMenu {
  const { lang } = useLang();
  const children = [
    ...useDashboardsMenuItems(),
    ...useReportMenuItems(),
    ...useSurveyMenuItems(),
    ...useAssessmentMenuItems(),
  ];
  const keys = children.map((item) => String(item?.key ?? ''));
  if (children.length === 0) return { group: null, keys };
  return {
    group: {
      type: 'group',
      key: 'insight',
      label: lang === 'en' ? 'Survey & oversight' : '调研与考核',
      children,
    },
    keys,
  };
}

/** The menu entry a pathname belongs to (the longest key that prefixes it). */
export function insightMenuKey(pathname: string, keys: readonly string[]): string | undefined {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .find((key) => pathname === key || pathname.startsWith(`${key}/`));
}
