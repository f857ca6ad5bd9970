import { usePortalT } from './i18n/messages';
import { AppLink, PORTAL_BASE } from './routing/use-route';

/** The way in: everyday sign-in, or first-time activation with the 帮扶联系卡. */
export function SignInCard() {
  const t = usePortalT();
  return (
    <section aria-labelledby="sign-in-title" className="card" data-testid="portal-sign-in">
      <h2 id="sign-in-title">{t('signIn')}</h2>
      <p className="hint">{t('signInHint')}</p>
      <div className="actions">
        <AppLink href={`${PORTAL_BASE}sign-in`} className="primary-link" data-testid="portal-go-sign-in">
          {t('signIn')}
        </AppLink>
        <AppLink href={`${PORTAL_BASE}activate`} className="secondary" data-testid="portal-go-activate">
          {t('activate')}
        </AppLink>
      </div>
    </section>
  );
}
