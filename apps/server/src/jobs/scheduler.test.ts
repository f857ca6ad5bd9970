import { describe, expect, it } from 'vitest';
import { startScheduler } from './scheduler';

const silent = { debug: () => {}, info: () => {}, error: () => {}, warn: () => {} };

describe('scheduler', () => {
  it('runs each job, never overlapping itself, and survives a failing job', async () => {
    let runs = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const errors: unknown[] = [];
    const s = startScheduler(
      [
        {
          name: 'slow',
          everyMs: 60_000,
          run: async () => {
            runs++;
            await gate;
            return { done: 1 };
          },
        },
        {
          name: 'broken',
          everyMs: 60_000,
          run: async () => {
            throw new Error('boom');
          },
        },
      ],
      { ...silent, error: (_m: string, e: unknown) => errors.push(e) },
    );
    const first = s.runAll();
    const second = s.runAll(); // the slow job is still running: not started again
    release();
    await Promise.all([first, second]);
    expect(runs).toBe(1);
    expect(errors).toHaveLength(1);
    await s.runAll(); // the failure did not stick: both jobs run again
    s.stop();
    expect(runs).toBe(2);
    expect(errors).toHaveLength(2);
  });
});
