import { type Translate, useTranslator } from '@bangfu/client';
import { caseworkerMessages } from '../../i18n/use-t';
import { claimMessages } from './claim-messages';
import { enrolMessages } from './enrol-messages';
import { fundMessages } from './fund-messages';
import { schemeMessages } from './scheme-messages';

/** The caseworker dictionary plus the 医疗互助 texts, so these screens need one `t`. */
export const maMessages = {
  ...caseworkerMessages,
  ...schemeMessages,
  ...enrolMessages,
  ...claimMessages,
  ...fundMessages,
};
export type MaMessageKey = keyof typeof maMessages & string;
export type MaT = Translate<typeof maMessages>;

export function useMaT(): MaT {
  return useTranslator(maMessages);
}
