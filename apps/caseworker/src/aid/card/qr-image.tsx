import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as an <img> (a data: URL, which the CSP allows), drawn in the browser from `text`. */
export function QrImage({ text, sizePx, alt }: { text: string; sizePx: number; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { margin: 1, width: sizePx * 2, errorCorrectionLevel: 'M' })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text, sizePx]);
  if (!src) return <div style={{ width: sizePx, height: sizePx }} />;
  return <img src={src} width={sizePx} height={sizePx} alt={alt} data-testid="contact-card-qr" />;
}
