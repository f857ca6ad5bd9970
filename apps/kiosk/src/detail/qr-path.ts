import { create } from 'qrcode';

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path of the dark modules, offset by the quiet zone. */
  path: string;
}

/** The quiet zone the QR standard asks for around the symbol, in modules. */
export const QUIET_ZONE = 4;

/**
 * Encodes `text` and draws its dark modules as one path, a horizontal run per segment: a few
 * hundred characters of markup, no canvas and no data: URL, thrown away with the overlay.
 */
export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size, path: parts.join('') };
}
