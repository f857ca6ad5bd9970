import { useLang } from '@bangfu/client';
import { PORTAL_SERVICES } from './services';

/** What a signed-in worker can do; shown before sign-in, so none is a link. */
export function ServiceList() {
  const { lang } = useLang();
  const k = lang === 'en' ? 'en' : 'zh';
  return (
    <section aria-labelledby="services-title" className="card">
      <h2 id="services-title">{lang === 'en' ? 'After signing in you can' : '登录后您可以'}</h2>
      <ul className="services">
        {PORTAL_SERVICES.map((s) => (
          <li key={s.key} data-testid={`portal-service-${s.key}`}>
            <strong>{s.title[k]}</strong>
            <span>{s.description[k]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
