import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../../i18n/use-t';
import { surveyMessages } from './survey-messages';

/** The caseworker dictionary plus the 精准调研 texts, so these screens need one `t`. */
export const svMessages = { ...caseworkerMessages, ...surveyMessages };
export type SurveyT = Translate<typeof svMessages>;

export function useSurveyT(): SurveyT {
  return useTranslator(svMessages);
}
