import { useMemo } from 'react';
import { QUIET_ZONE, qrShape } from './qr-path';

/** A QR code for `url`, drawn as SVG; `data-url` carries what it encodes (for tests and staff). */
export function PositionQr({ url }: { url: string }) {
  const { size, path } = useMemo(() => qrShape(url), [url]);
  const side = size + QUIET_ZONE * 2;
  return (
    <svg
      className="qr"
      data-testid="kiosk-qr"
      data-url={url}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label="岗位二维码"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
