import { Clock } from './clock';
import { fairIdFrom, screenOptionsFrom } from './fair-param';
import { FairScreen } from './fair-screen';
import { NoFair } from './no-fair';

/** The unattended fair screen (/kiosk/?fair=<id>). It shows no personal data and needs no login. */
export function App() {
  const fairId = fairIdFrom(window.location.search);
  const options = screenOptionsFrom(window.location.search);
  return (
    <div className="screen">
      {fairId ? (
        <FairScreen key={fairId} fairId={fairId} options={options} />
      ) : (
        <>
          <header className="bar">
            <h1 data-testid="kiosk-fair-title">招聘会信息屏</h1>
            <Clock />
          </header>
          <main className="content">
            <NoFair fairGiven={false} />
          </main>
          <footer className="bar bar-bottom">
            <span>工会就业服务</span>
          </footer>
        </>
      )}
    </div>
  );
}
