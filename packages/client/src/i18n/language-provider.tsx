import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Lang, readStoredLang, storeLang } from './lang';

interface LanguageState {
  readonly lang: Lang;
  setLang(lang: Lang): void;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** Holds the UI language, persisted in localStorage and mirrored on `<html lang>`. */
export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? readStoredLang());
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLang(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLang must be used inside <LanguageProvider>');
  return state;
}
