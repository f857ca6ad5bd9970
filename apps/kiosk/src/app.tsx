import { Clock } from './clock';
import { fairCodeFrom } from './fair-param';
import { NoFair } from './no-fair';

/** The unattended fair screen. It shows no personal data and needs no login. */
export function App() {
  const fairCode = fairCodeFrom(window.location.search);
  return (
    <div className="screen">
      <header className="bar">
        <h1>招聘会信息屏</h1>
        <Clock />
      </header>
      <main className="content">
        <NoFair fairCode={fairCode} />
      </main>
      <footer className="bar bar-bottom">
        <span>工会就业服务</span>
      </footer>
    </div>
  );
}
