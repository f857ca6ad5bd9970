import { labelKey, useLang } from '@bangfu/client';
import type { ReactNode } from 'react';
import { usePortalT } from '../i18n/messages';
import { AppLink, PORTAL_BASE } from '../routing/use-route';

/** Chinese first; one tap switches to English and back. */
export function LangSwitch() {
  const { lang, setLang } = useLang();
  const t = usePortalT();
  return (
    <button
      type="button"
      className="lang-switch"
      aria-label={t('switchLangHint')}
      data-testid="portal-lang"
      onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
    >
      {t('switchLang')}
    </button>
  );
}

/** An inner page: compact masthead with the way home, the title, and the language switch. */
export function PageShell({
  title,
  children,
  back = true,
}: {
  title: string;
  children: ReactNode;
  back?: boolean;
}) {
  const t = usePortalT();
  return (
    <div className="page">
      <header className="masthead masthead-compact">
        <div className="masthead-row">
          {back ? (
            <AppLink href={PORTAL_BASE} className="back">
              ‹ {t('home')}
            </AppLink>
          ) : (
            <span className="brand">{t('brand')}</span>
          )}
          <LangSwitch />
        </div>
        <h1 className="page-title">{title}</h1>
      </header>
      <main>{children}</main>
      <footer className="footer">
        <p>{t('privacyFooter')}</p>
      </footer>
    </div>
  );
}

/** Picks the current language's half of a bilingual label from the server. */
export function useLabel(): (l: { zh: string; en: string } | null | undefined) => string {
  const { lang } = useLang();
  return (l) => (l ? l[labelKey(lang)] : '');
}
