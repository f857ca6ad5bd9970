import { describe, expect, it } from 'vitest';
import { interleave, loadRows } from './summary';
import type { LoadOutcome } from './workload';

const outcome: LoadOutcome = {
  seconds: 10,
  samples: {
    'households.get': [10, 20, 30, 40, 50],
    'portal.myCase': [100, 200],
  },
  errors: { 'households.update': { '409': 2 }, 'portal.myCase': { network: 1, '500': 1 } },
  retried: { 'portal.myCase': 3 },
  firstErrors: {},
  clientEventLoopUtilization: 0.1,
};

describe('mixed load summary', () => {
  it('gives each request type its rate, quantiles, errors by status and retries', () => {
    const rows = loadRows(outcome);
    const get = rows.find((r) => r.type === 'households.get');
    expect(get).toMatchObject({ ok: 5, requestsPerSecond: 0.5, p50: 30, retried: 0, errors: {} });
    expect(get?.p95).toBeCloseTo(48);
    expect(rows.find((r) => r.type === 'households.update')).toMatchObject({ ok: 0, errors: { '409': 2 } });
    expect(rows.find((r) => r.type === 'all portal')).toMatchObject({
      ok: 2,
      retried: 3,
      errors: { network: 1, '500': 1 },
    });
    const all = rows.find((r) => r.type === 'all');
    expect(all).toMatchObject({ ok: 7, requestsPerSecond: 0.7, errors: { '409': 2, network: 1, '500': 1 } });
    expect(all?.p50).toBe(40);
  });

  it('interleaves staff among portal users evenly and loses nobody', () => {
    const staff = ['s0', 's1', 's2'];
    const portal = ['w0', 'w1', 'w2', 'w3', 'w4', 'w5'];
    expect(interleave(staff, portal)).toEqual(['s0', 'w0', 'w1', 's1', 'w2', 'w3', 's2', 'w4', 'w5']);
    expect(interleave([], portal)).toEqual(portal);
  });
});
