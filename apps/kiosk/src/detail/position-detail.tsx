import { PositionCategory, Suitability, WorkHours } from '@bangfu/domain';
import { useEffect, useRef } from 'react';
import type { KioskPosition } from '../api/types';
import { formatDay, formatSalary } from '../format';
import { useIdle } from '../use-idle';
import { InterestButton } from './interest-button';
import { PositionQr } from './position-qr';

/** A visitor who walks away leaves the overlay open; the screen goes back to the list by itself. */
const OVERLAY_IDLE_MS = 60_000;

/** Where the QR code sends a phone: the position's page in the worker portal. */
export function portalPositionUrl(positionId: string): string {
  return `${window.location.origin}/portal/positions/${positionId}`;
}

interface PositionDetailProps {
  fairId: string;
  position: KioskPosition;
  onClose: () => void;
}

export function PositionDetail({ fairId, position: p, onClose }: PositionDetailProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useIdle(OVERLAY_IDLE_MS, onClose);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a tap on the backdrop closes; the close button and Escape are the accessible ways
    <div
      className="overlay"
      onClick={(e) => e.target === e.currentTarget && onClose()}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div
        className="detail"
        role="dialog"
        aria-modal="true"
        aria-labelledby="detail-title"
        data-testid="kiosk-detail"
        data-position-id={p.id}
      >
        <div className="detail-main">
          <div className="card-top">
            <span className="tag">{PositionCategory.label(p.category, 'zh')}</span>
            {p.boothNo && <span className="booth">展位 {p.boothNo}</span>}
          </div>
          <h2 id="detail-title" className="detail-title">
            {p.title}
          </h2>
          <p className="detail-employer">{p.employerName}</p>
          <p className="detail-salary">{formatSalary(p.salaryMinFen, p.salaryMaxFen)}</p>
          <dl className="facts">
            <dt>招聘人数</dt>
            <dd>{p.openings} 人</dd>
            <dt>工作区县</dt>
            <dd>{p.countyName}</dd>
            <dt>工作时间</dt>
            <dd>{WorkHours.label(p.hours, 'zh')}</dd>
            <dt>招聘截止</dt>
            <dd>{formatDay(p.validTo)}</dd>
          </dl>
          {p.requirements && (
            <section className="detail-section">
              <h3>岗位要求</h3>
              <p className="requirements">{p.requirements}</p>
            </section>
          )}
          {p.skills.length > 0 && (
            <section className="detail-section">
              <h3>技能</h3>
              <ul className="pills">
                {p.skills.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </section>
          )}
          {p.suitability.length > 0 && (
            <section className="detail-section">
              <h3>岗位特点</h3>
              <ul className="pills pills-accent">
                {p.suitability.map((s) => (
                  <li key={s}>{Suitability.label(s, 'zh')}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="detail-side">
          <PositionQr url={portalPositionUrl(p.id)} />
          <p className="qr-caption">扫码在手机上查看</p>
          <InterestButton fairId={fairId} positionId={p.id} />
        </aside>
        <button ref={closeRef} type="button" className="close" onClick={onClose} aria-label="关闭">
          关闭 ✕
        </button>
      </div>
    </div>
  );
}
