import { commonMessages } from './common-messages';
import { type Translate, useTranslator } from './translator';

/** `t(key)` over the common dictionary, in the current language. */
export function useT(): Translate<typeof commonMessages> {
  return useTranslator(commonMessages);
}
