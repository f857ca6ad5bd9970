import type { Label } from './labelled-enum';

/** Stable error codes a client can switch on. Adding one is an API change. */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'VERSION_CONFLICT',
  'DUPLICATE_ID_NUMBER',
  'STEP_OUT_OF_ORDER',
  'RECUSAL_REQUIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'CSRF',
  'CONFLICT',
  'RULE_VIOLATION',
  'PLAN_NOT_SIGNED',
  'NOT_ELIGIBLE',
  'IDEMPOTENCY_MISMATCH',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * A transport-neutral error with a stable code and a message in both languages.
 * The api package maps it to tRPC codes in one adapter.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly messages: Label;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DomainErrorCode, messages: Label, details?: Record<string, unknown>) {
    super(`${code}: ${messages.en}`);
    this.name = 'DomainError';
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
