import { commonMessages, type Translate, useTranslator } from '@bangfu/client';
import { employmentMessages } from '../employment/i18n/employment-messages';
import { matchingMessages } from '../employment/i18n/matching-messages';
import { trainingMessages } from '../employment/i18n/training-messages';
import { appMessages } from './app-messages';
import { fieldMessages } from './field-messages';
import { formMessages } from './form-messages';
import { householdMessages } from './household-messages';

export const caseworkerMessages = {
  ...commonMessages,
  ...appMessages,
  ...fieldMessages,
  ...householdMessages,
  ...formMessages,
  ...employmentMessages,
  ...matchingMessages,
  ...trainingMessages,
};
export type CaseworkerMessageKey = keyof typeof caseworkerMessages & string;

/** `t(key, vars)` over the caseworker dictionary, in the current language. */
export function useT(): Translate<typeof caseworkerMessages> {
  return useTranslator(caseworkerMessages);
}
