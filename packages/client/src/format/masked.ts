import { maskBankAccount, maskIdNumber, maskPhone } from '@bangfu/domain';

const NONE = '—';

/**
 * Display helpers for sensitive values. The server sends them masked already; these fail closed,
 * masking anything that arrives without a '*' so a server slip never shows a full number on screen.
 */
export function displayIdNumber(value: string | null | undefined): string {
  if (!value) return NONE;
  return value.includes('*') ? value : maskIdNumber(value);
}

export function displayPhone(value: string | null | undefined): string {
  if (!value) return NONE;
  return value.includes('*') ? value : maskPhone(value);
}

export function displayBankAccount(value: string | null | undefined): string {
  if (!value) return NONE;
  return value.includes('*') ? value : maskBankAccount(value);
}
