import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../i18n/use-t';
import { festivalMessages } from './festival-messages';
import { paymentMessages } from './payment-messages';
import { planMessages } from './plan-messages';

/** The caseworker dictionary plus the aid texts, so these screens need one `t`. */
export const aidMessages = {
  ...caseworkerMessages,
  ...planMessages,
  ...paymentMessages,
  ...festivalMessages,
};
export type AidMessageKey = keyof typeof aidMessages & string;
export type AidT = Translate<typeof aidMessages>;

export function useAidT(): AidT {
  return useTranslator(aidMessages);
}
