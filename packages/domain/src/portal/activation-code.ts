/**
 * The one-time activation code printed on the contact card (帮扶联系卡). Ten characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), so a worker can type it from paper without
 * guessing; about 49 bits, and guesses are throttled per ID number and per address.
 */
export const ACTIVATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACTIVATION_CODE_LENGTH = 10;

/** A fresh code from `randomIndex(n)` (a uniform integer in [0, n)); the caller brings the randomness. */
export function generateActivationCode(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < ACTIVATION_CODE_LENGTH; i++) {
    code += ACTIVATION_CODE_ALPHABET[randomIndex(ACTIVATION_CODE_ALPHABET.length)];
  }
  return code;
}

/** What the worker typed, as it was issued: upper case, without the spaces or dashes of print. */
export function normalizeActivationCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Printed in two groups of five ('ABCDE-FGHJK'), which is easier to copy by hand. */
export function formatActivationCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
