export { type CommonMessages, commonMessages } from './common-messages';
export {
  DEFAULT_LANG,
  isLang,
  LANG_STORAGE_KEY,
  LANGS,
  type Lang,
  labelIn,
  labelKey,
  localizeBilingual,
  readStoredLang,
  storeLang,
} from './lang';
export { LanguageProvider, useLang } from './language-provider';
export {
  defineMessages,
  type Messages,
  type Translate,
  translate,
  useTranslator,
  type Vars,
} from './translator';
export { useT } from './use-t';
