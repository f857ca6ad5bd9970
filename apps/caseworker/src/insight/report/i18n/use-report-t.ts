import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../../i18n/use-t';
import { reportMessages } from './report-messages';

/** The caseworker dictionary plus the report's texts. */
export const allReportMessages = { ...caseworkerMessages, ...reportMessages };
export type ReportT = Translate<typeof allReportMessages>;

export function useReportT(): ReportT {
  return useTranslator(allReportMessages);
}
