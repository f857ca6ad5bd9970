import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../i18n/use-t';
import { importMessages } from './import-messages';

const messages = { ...caseworkerMessages, ...importMessages };
export type ImportT = Translate<typeof messages>;

/** The caseworker dictionary plus the import/export texts. */
export function useImportT(): ImportT {
  return useTranslator(messages);
}
