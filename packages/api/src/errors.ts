import { DomainError, type DomainErrorCode, isDomainError } from '@bangfu/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

const TRPC_CODE: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  VALIDATION: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  VERSION_CONFLICT: 'CONFLICT',
  DUPLICATE_ID_NUMBER: 'CONFLICT',
  STEP_OUT_OF_ORDER: 'PRECONDITION_FAILED',
  RECUSAL_REQUIRED: 'PRECONDITION_FAILED',
  INVALID_CREDENTIALS: 'UNAUTHORIZED',
  ACCOUNT_LOCKED: 'TOO_MANY_REQUESTS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_REQUESTS',
  CSRF: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  RULE_VIOLATION: 'UNPROCESSABLE_CONTENT',
  PLAN_NOT_SIGNED: 'PRECONDITION_FAILED',
  NOT_ELIGIBLE: 'UNPROCESSABLE_CONTENT',
  IDEMPOTENCY_MISMATCH: 'CONFLICT',
};

/**
 * SQLSTATE class 22 (data exception): the database refused a value the schemas let through, such
 * as a NUL character in text (22021) or a number out of a column's range (22003). The input is at
 * fault and the transaction has rolled back, so it is a 400, not a 500 (found by the trust fuzz).
 */
function isDataException(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
const DATA_REFUSED = new DomainError('VALIDATION', {
  zh: '输入中含有无法保存的字符或数值',
  en: 'The input holds a character or number that cannot be stored',
});

/** Network failures and PostgreSQL's "connection exception" (08) and "operator intervention" (57P) states. */
const UNAVAILABLE_CODES =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|08[0-9A-Z]{3}|57P0[1-4])$/;
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed|the database system is (starting up|shutting down)/i;

/**
 * The database cannot be reached (restarting, failed over, network down): nothing was written
 * (the transaction did not commit), and the same request will work again shortly. That is a 503,
 * not a 500 — a client or load balancer retries a 503 (found by the PostgreSQL restart test).
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let cur = e, depth = 0; cur && depth < 4; depth++) {
    const { code, message, cause } = cur as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    cur = cause;
  }
  return false;
}

/** The one adapter from transport-neutral errors to tRPC's. */
export function toTRPCError(e: unknown): TRPCError {
  if (e instanceof TRPCError) return e;
  if (isDomainError(e)) return new TRPCError({ code: TRPC_CODE[e.code], message: e.messages.en, cause: e });
  if (e instanceof ZodError)
    return new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input', cause: e });
  if (isDataException(e)) return toTRPCError(DATA_REFUSED);
  if (isDatabaseUnavailable(e))
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable', cause: e as Error });
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal error', cause: e as Error });
}

interface FormatterArgs {
  shape: { message: string; code: number; data: Record<string, unknown> };
  error: TRPCError;
}

/** Adds a stable `domainCode`, bilingual messages and field errors to every error response. */
export function formatError({ shape, error }: FormatterArgs) {
  const cause = error.cause;
  let domainCode: string;
  let messages: { zh: string; en: string };
  let fieldErrors: Record<string, string[]> | undefined;
  let details: Record<string, unknown> | undefined;
  if (isDomainError(cause)) {
    domainCode = cause.code;
    messages = cause.messages;
    const { fieldErrors: fe, ...rest } = (cause.details ?? {}) as Record<string, unknown>;
    // One place for field errors, whether zod or a domain rule found them.
    if (fe) fieldErrors = fe as Record<string, string[]>;
    details = Object.keys(rest).length > 0 ? rest : undefined;
  } else if (cause instanceof ZodError) {
    domainCode = 'VALIDATION';
    fieldErrors = {};
    for (const issue of cause.issues) {
      const key = issue.path.map(String).join('.') || '_';
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    const first = cause.issues[0]?.message ?? '';
    messages = { zh: `输入有误:${first}`, en: `Invalid input: ${first}` };
  } else if (error.code === 'INTERNAL_SERVER_ERROR') {
    domainCode = 'INTERNAL';
    messages = { zh: '服务器内部错误,请稍后再试', en: 'Internal error, please try again later' };
  } else if (error.code === 'SERVICE_UNAVAILABLE') {
    domainCode = 'UNAVAILABLE';
    messages = {
      zh: '数据库暂时无法连接,本次操作未保存,请稍后重试',
      en: 'The database is briefly unreachable; nothing was saved. Please try again shortly',
    };
  } else {
    domainCode = error.code;
    messages = { zh: error.message, en: error.message };
  }
  const safeMessage = error.code === 'INTERNAL_SERVER_ERROR' ? messages.en : shape.message;
  return {
    ...shape,
    message: safeMessage,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path,
      domainCode,
      messages,
      ...(fieldErrors ? { fieldErrors } : {}),
      ...(details ? { details } : {}),
    },
  };
}
