import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../i18n/use-t';
import { caseMessages } from './case-messages';
import { followUpMessages } from './follow-up-messages';
import { pageMessages } from './page-messages';
import { shellMessages } from './shell-messages';
import { stepMessages } from './step-messages';
import { surveyMessages } from './survey-messages';

/** The caseworker dictionary plus the 精准识别 texts, so these screens need one `t`. */
export const identificationMessages = {
  ...caseworkerMessages,
  ...shellMessages,
  ...caseMessages,
  ...stepMessages,
  ...surveyMessages,
  ...pageMessages,
  ...followUpMessages,
};
export type IdentMessageKey = keyof typeof identificationMessages & string;

export function useIdentT(): Translate<typeof identificationMessages> {
  return useTranslator(identificationMessages);
}
