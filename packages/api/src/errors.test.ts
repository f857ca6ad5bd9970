import { describe, expect, it } from 'vitest';
import { formatError, isDatabaseUnavailable, toTRPCError } from './errors';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const shape = (code: number) => ({ message: 'm', code, data: { code: 'X', httpStatus: 0, path: 'p' } });

describe('database outages', () => {
  it.each([
    ['refused', pgError('ECONNREFUSED')],
    ['reset', pgError('ECONNRESET')],
    [
      'admin shutdown (pg_ctl restart -m fast)',
      pgError('57P01', 'terminating connection due to administrator command'),
    ],
    ['starting up', pgError('57P03', 'the database system is starting up')],
    ['connection failure', pgError('08006')],
    ['pool: terminated', new Error('Connection terminated unexpectedly')],
    ['pool: connect timeout', new Error('timeout exceeded when trying to connect')],
    ['wrapped', new Error('query failed', { cause: pgError('ECONNREFUSED') })],
  ])('%s is 503 UNAVAILABLE', (_name, e) => {
    expect(isDatabaseUnavailable(e)).toBe(true);
    const t = toTRPCError(e);
    expect(t.code).toBe('SERVICE_UNAVAILABLE');
    const out = formatError({ shape: shape(-32603), error: t });
    expect(out.data.domainCode).toBe('UNAVAILABLE');
    expect(out.data.messages.zh).toContain('未保存');
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a data exception', pgError('22021')],
    ['a plain bug', new TypeError('x is undefined')],
  ])('%s is not', (_name, e) => {
    expect(isDatabaseUnavailable(e)).toBe(false);
    expect(toTRPCError(e).code).not.toBe('SERVICE_UNAVAILABLE');
  });
});
