import { ServiceList } from './service-list';
import { SignInPlaceholder } from './sign-in-placeholder';

export function HomePage() {
  return (
    <div className="page">
      <header className="masthead">
        <p className="brand">帮扶</p>
        <h1>职工自助服务</h1>
        <p className="lead">为困难职工及家庭提供的线上服务</p>
      </header>
      <main>
        <SignInPlaceholder />
        <ServiceList />
      </main>
      <footer className="footer">
        <p>您的个人信息仅用于帮扶工作，依法保护。</p>
      </footer>
    </div>
  );
}
