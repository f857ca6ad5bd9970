import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../../i18n/use-t';
import { assessmentMessages } from './assessment-messages';

/** The caseworker dictionary plus the 目标考核 texts, so these screens need one `t`. */
export const assessMessages = { ...caseworkerMessages, ...assessmentMessages };
export type AssessT = Translate<typeof assessMessages>;

export function useAssessT(): AssessT {
  return useTranslator(assessMessages);
}
