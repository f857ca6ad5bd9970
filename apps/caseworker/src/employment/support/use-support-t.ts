import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../i18n/use-t';
import { supportMessages } from '../i18n/support-messages';

const messages = { ...caseworkerMessages, ...supportMessages };

/**
 * `t` over the caseworker dictionary plus the employment-support messages. Kept here until the
 * messages join caseworkerMessages in i18n/use-t.ts (owned elsewhere).
 */
export function useSupportT(): Translate<typeof messages> {
  return useTranslator(messages);
}
