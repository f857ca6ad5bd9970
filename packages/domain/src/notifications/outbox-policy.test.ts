import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTBOX_POLICY, decideAfterFailure, OutboxPolicySchema } from './outbox-policy';

describe('decideAfterFailure', () => {
  it.each([
    [1, { status: 'FAILED', retryInMinutes: 1 }],
    [2, { status: 'FAILED', retryInMinutes: 2 }],
    [3, { status: 'FAILED', retryInMinutes: 4 }],
    [4, { status: 'FAILED', retryInMinutes: 8 }],
    [5, { status: 'DEAD', retryInMinutes: null }],
    [9, { status: 'DEAD', retryInMinutes: null }],
  ])('after failed try %i → %o', (attempts, expected) => {
    expect(decideAfterFailure(attempts, DEFAULT_OUTBOX_POLICY)).toEqual(expected);
  });

  it('caps the wait at maxDelayMinutes', () => {
    const policy = { ...DEFAULT_OUTBOX_POLICY, maxAttempts: 20, baseDelayMinutes: 10, maxDelayMinutes: 30 };
    expect(decideAfterFailure(3, policy)).toEqual({ status: 'FAILED', retryInMinutes: 30 });
  });

  it('the default policy is a valid policy', () => {
    expect(OutboxPolicySchema.parse(DEFAULT_OUTBOX_POLICY)).toEqual(DEFAULT_OUTBOX_POLICY);
  });
});
