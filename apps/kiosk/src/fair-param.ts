/** A fair id as the kiosk URL carries it: /kiosk/?fair=<uuid>. Anything else counts as no fair. */
const FAIR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fairIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('fair')?.trim() ?? '';
  return FAIR_ID.test(id) ? id.toLowerCase() : null;
}

/** How the screen runs; the defaults suit a fair hall, the URL may tune them per screen. */
export interface ScreenOptions {
  /** How often the fair is fetched again (`?refresh=` seconds, 10–600). */
  refreshMs: number;
  /** How long a page of positions stays before the next (`?rotate=` seconds, 5–120). */
  rotateMs: number;
}

export const DEFAULT_REFRESH_S = 60;
export const DEFAULT_ROTATE_S = 15;

function seconds(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null ? Number.NaN : Number(raw);
  const s = Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
  return s * 1000;
}

export function screenOptionsFrom(search: string): ScreenOptions {
  const params = new URLSearchParams(search);
  return {
    refreshMs: seconds(params.get('refresh'), DEFAULT_REFRESH_S, 10, 600),
    rotateMs: seconds(params.get('rotate'), DEFAULT_ROTATE_S, 5, 120),
  };
}
