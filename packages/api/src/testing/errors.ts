import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { formatError } from '../errors';

/** Runs a call that must fail and returns the formatted error data the client would see. */
export async function failure(call: Promise<unknown>): Promise<{
  code: string;
  domainCode: string;
  messages: { zh: string; en: string };
  details?: Record<string, unknown>;
  fieldErrors?: Record<string, string[]>;
}> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected the call to fail').toBeInstanceOf(TRPCError);
  const formatted = formatError({
    shape: { message: '', code: 0, data: { code: (error as TRPCError).code } },
    error: error as TRPCError,
  });
  return formatted.data as never;
}
