import type { ContactCard as ContactCardDto } from '../api/types';
import { festivalMessages as m } from '../i18n/festival-messages';
import { QrImage } from './qr-image';

/** The card's QR target: absolute, so a phone can open it (the server may only know the path). */
function absoluteUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : new URL(url, window.location.origin).href;
}

/**
 * 帮扶联系卡, always in Chinese (it is handed to the worker): union, file number, masked head,
 * cadre, the cadre's phone or the union hotline, the portal QR and the one-time code. No other personal data is printed.
 */
export function ContactCard({ card }: { card: ContactCardDto }) {
  return (
    <article className="contact-card" lang="zh-CN" data-testid="contact-card">
      <h1>{m['aid.print.title'].zh}</h1>
      <p className="org" data-testid="contact-card-org">
        {card.orgName}
      </p>
      <dl>
        <dt>{m['aid.print.fileNo'].zh}</dt>
        <dd data-testid="contact-card-file-no">{card.fileNo ?? '—'}</dd>
        <dt>{m['aid.print.head'].zh}</dt>
        <dd data-testid="contact-card-head">{card.headName}</dd>
        <dt>{m['aid.print.cadre'].zh}</dt>
        <dd>{card.cadreName ?? '—'}</dd>
        {/* The cadre's work phone, printed in full on purpose; without one, the union hotline. */}
        <dt>{card.cadrePhone ? m['aid.print.cadrePhone'].zh : m['aid.print.hotline'].zh}</dt>
        <dd data-testid="contact-card-phone">{card.cadrePhone ?? card.hotline ?? '—'}</dd>
      </dl>
      <div className="qr">
        <QrImage text={absoluteUrl(card.qrUrl)} sizePx={110} alt={m['aid.print.scan'].zh} />
        <p className="fine">
          {m['aid.print.scan'].zh}
          <br />
          {absoluteUrl(card.qrUrl)}
        </p>
      </div>
      <div>
        <p className="fine">{m['aid.print.code'].zh}</p>
        <div className="code" data-testid="contact-card-code">
          {card.code}
        </div>
      </div>
      <p className="fine">{m['aid.print.revokes'].zh}</p>
      <p className="fine">{m['aid.print.keep'].zh}</p>
    </article>
  );
}
