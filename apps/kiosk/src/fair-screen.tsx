import { BUSINESS_TIME_ZONE } from '@bangfu/client';
import { FairProgramme } from '@bangfu/domain';
import type { ReactNode } from 'react';
import type { KioskFair } from './api/types';
import { PositionBoard } from './board/position-board';
import { Clock } from './clock';
import type { ScreenOptions } from './fair-param';
import { useFairFeed } from './feed/use-fair-feed';
import { formatDateRange } from './format';
import { NoFair } from './no-fair';

const updatedFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BUSINESS_TIME_ZONE,
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function updatedAt(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : updatedFormat.format(t);
}

function FairHeading({ fair }: { fair: KioskFair | null }) {
  if (!fair) return <h1 data-testid="kiosk-fair-title">招聘会信息屏</h1>;
  return (
    <div className="fair-heading">
      <h1 data-testid="kiosk-fair-title">{fair.name}</h1>
      <p className="fair-meta">
        <span className="programme">{FairProgramme.label(fair.programme, 'zh')}</span>
        <span>{fair.venue}</span>
        <span>{formatDateRange(fair.startDate, fair.endDate)}</span>
      </p>
    </div>
  );
}

function OfflineBadge() {
  return (
    <span className="offline" data-testid="kiosk-offline" role="status">
      <span className="offline-dot" aria-hidden="true" />
      离线 · 网络已断开，显示的是最后更新的信息
    </span>
  );
}

/** One fair's screen: heading, the board, and a footer that says how fresh the data is. */
export function FairScreen({ fairId, options }: { fairId: string; options: ScreenOptions }) {
  const feed = useFairFeed(fairId, options.refreshMs);
  const view = feed.view;
  let body: ReactNode;
  if (view) body = <PositionBoard fairId={fairId} positions={view.positions} rotateMs={options.rotateMs} />;
  else if (feed.missing) body = <NoFair fairGiven />;
  else body = <p className="loading">{feed.offline ? '正在连接服务器…' : '正在加载招聘会信息…'}</p>;
  return (
    <>
      <header className="bar">
        <FairHeading fair={view?.fair ?? null} />
        <Clock />
      </header>
      <main className={view && view.positions.length > 0 ? 'content content-board' : 'content'}>{body}</main>
      <footer className="bar bar-bottom">
        <span>{view ? `主办：${view.fair.organiserName}` : '工会就业服务'}</span>
        {view && view.positions.length > 0 && <span>点击岗位查看详情 · 扫码在手机上查看</span>}
        {feed.offline ? (
          <OfflineBadge />
        ) : (
          <span>{view ? `信息更新于 ${updatedAt(view.generatedAt)}` : ''}</span>
        )}
      </footer>
    </>
  );
}
