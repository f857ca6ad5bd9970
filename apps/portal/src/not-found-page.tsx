import { AppLink, PORTAL_BASE } from './routing/use-route';

export function NotFoundPage() {
  return (
    <div className="page">
      <header className="masthead masthead-compact">
        <AppLink href={PORTAL_BASE} className="back">
          ‹ 职工自助服务
        </AppLink>
      </header>
      <main>
        <section className="card" data-testid="portal-not-found">
          <h2>页面不存在</h2>
          <p>您打开的链接可能已失效。</p>
          <AppLink href={PORTAL_BASE} className="secondary">
            回到首页
          </AppLink>
        </section>
      </main>
    </div>
  );
}
