import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './kiosk-rate-limit';

describe('TokenBuckets', () => {
  it('grants a burst, then refills at the sustained rate', () => {
    let now = 0;
    const buckets = new TokenBuckets({ ratePerMinute: 60, burst: 3, maxClients: 10 }, () => now);
    expect([1, 2, 3].map(() => buckets.take('a', 1))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 1)).toBe(1000);
    expect(buckets.take('b', 1)).toBe(0);
    now += 1000;
    expect(buckets.take('a', 1)).toBe(0);
    expect(buckets.take('a', 1)).toBeGreaterThan(0);
    now += 60_000;
    expect(buckets.take('a', 3)).toBe(0);
  });

  it('forgets the longest-idle addresses beyond maxClients', () => {
    const buckets = new TokenBuckets({ ratePerMinute: 60, burst: 1, maxClients: 2 }, () => 0);
    buckets.take('a', 1);
    buckets.take('b', 1);
    buckets.take('c', 1);
    expect(buckets.size).toBe(2);
    // 'a' was forgotten, so it starts again with a full bucket.
    expect(buckets.take('a', 1)).toBe(0);
    expect(buckets.take('c', 1)).toBeGreaterThan(0);
  });
});
