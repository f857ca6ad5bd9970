import { describe, expect, it } from 'vitest';
import { drawStratifiedSample } from './spot-check-sample';

function population(sizes: Record<string, number>) {
  return Object.entries(sizes).flatMap(([stratum, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${stratum}-${String(i).padStart(4, '0')}`, stratum })),
  );
}
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const shuffled = <T>(xs: T[]) =>
  [...xs].reverse().sort((a, b) => (JSON.stringify(a).length % 3) - (JSON.stringify(b).length % 3));

describe('drawStratifiedSample', () => {
  const pop = population({ '520302': 100, '520303': 37, '520502': 5 });

  it('draws the same sample from the same seed whatever the input order', () => {
    const a = drawStratifiedSample(pop, { sharePermille: 300, seed: '2026-spring' });
    const b = drawStratifiedSample(shuffled(pop), { sharePermille: 300, seed: '2026-spring' });
    const c = drawStratifiedSample([...pop].reverse(), { sharePermille: 300, seed: '2026-spring' });
    expect(ids(b)).toEqual(ids(a));
    expect(ids(c)).toEqual(ids(a));
  });

  it('draws a different sample from a different seed', () => {
    const a = drawStratifiedSample(pop, { sharePermille: 300, seed: '2026-spring' });
    const b = drawStratifiedSample(pop, { sharePermille: 300, seed: '2026-autumn' });
    expect(ids(b)).not.toEqual(ids(a));
    expect(b).toHaveLength(a.length);
  });

  it('takes ⌈n × share⌉ from each stratum, without duplicates', () => {
    const sample = drawStratifiedSample(pop, { sharePermille: 300, seed: 's' });
    const per = (s: string) => sample.filter((x) => x.stratum === s).length;
    expect([per('520302'), per('520303'), per('520502')]).toEqual([30, 12, 2]);
    expect(new Set(ids(sample)).size).toBe(sample.length);
    expect(sample.every((x) => pop.includes(x))).toBe(true);
  });

  it('honours minPerStratum, capped by the stratum size', () => {
    const sample = drawStratifiedSample(pop, { sharePermille: 10, seed: 's', minPerStratum: 8 });
    const per = (s: string) => sample.filter((x) => x.stratum === s).length;
    expect([per('520302'), per('520303'), per('520502')]).toEqual([8, 8, 5]);
  });

  it('is not just the first items: a 10 % sample of 1,000 spreads over the list', () => {
    const big = population({ X: 1000 });
    const sample = drawStratifiedSample(big, { sharePermille: 100, seed: 'spread' });
    const positions = sample.map((s) => Number(s.id.slice(2)));
    expect(positions.filter((p) => p < 500).length).toBeGreaterThan(30);
    expect(positions.filter((p) => p >= 500).length).toBeGreaterThan(30);
  });

  it('returns nothing from an empty population or a zero share', () => {
    expect(drawStratifiedSample([], { sharePermille: 300, seed: 's' })).toEqual([]);
    expect(drawStratifiedSample(pop, { sharePermille: 0, seed: 's' })).toEqual([]);
  });
});
