import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../../i18n/use-t';
import { dashMessages } from './dash-messages';

/** The caseworker dictionary plus the dashboards' texts, so these screens need one `t`. */
export const dashboardMessages = { ...caseworkerMessages, ...dashMessages };
export type DashT = Translate<typeof dashboardMessages>;

export function useDashT(): DashT {
  return useTranslator(dashboardMessages);
}
