import { PORTAL_SERVICES } from './services';

/** The services the portal will offer; none is open yet, so none is a link. */
export function ServiceList() {
  return (
    <section aria-labelledby="services-title" className="card">
      <h2 id="services-title">开通后您可以</h2>
      <ul className="services">
        {PORTAL_SERVICES.map((s) => (
          <li key={s.key} data-testid={`portal-service-${s.key}`}>
            <strong>{s.title}</strong>
            <span>{s.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
