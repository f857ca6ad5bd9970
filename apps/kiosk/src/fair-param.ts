/** A fair code as the kiosk URL carries it: /kiosk/?fair=<code>. Anything else counts as no fair. */
const FAIR_CODE = /^[A-Za-z0-9-]{1,64}$/;

export function fairCodeFrom(search: string): string | null {
  const code = new URLSearchParams(search).get('fair')?.trim() ?? '';
  return FAIR_CODE.test(code) ? code : null;
}
