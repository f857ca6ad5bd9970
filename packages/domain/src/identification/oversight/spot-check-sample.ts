import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** What a spot check (抽查) found about one household (brief §3.3). */
export const SpotCheckOutcome = defineEnum({
  CORRECT: { zh: '认定准确', en: 'Correct' },
  WRONGLY_INCLUDED: { zh: '错评', en: 'Wrongly included' },
  WRONGLY_LEFT_OUT: { zh: '漏评', en: 'Wrongly left out' },
  WRONGLY_EXITED: { zh: '错退', en: 'Wrongly exited' },
  MISSED_EXIT: { zh: '漏退', en: 'Missed exit' },
});
export type SpotCheckOutcome = EnumValue<typeof SpotCheckOutcome>;

/** xmur3-style 32-bit string hash: spreads seed+id evenly, no crypto needed. */
function hash32(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One mulberry32 draw from a 32-bit state. */
function mulberry32(state: number): number {
  let t = (state + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Each item's place in the draw depends only on the seed and its id, so input order never matters. */
function drawKey(seed: string, id: string): number {
  return mulberry32(hash32(`${seed}\u0000${id}`));
}

export interface SampleOptions {
  /** Share of each stratum to draw, permille (rounded up per stratum). */
  sharePermille: number;
  /** Published with the sample so anyone can redraw it. */
  seed: string;
  /** At least this many per stratum (or the whole stratum when smaller). */
  minPerStratum?: number;
}

/**
 * A reproducible stratified random sample: per stratum ⌈n × share⌉ items (at least minPerStratum),
 * chosen by the seeded hash order. Output is ordered by stratum, then draw order.
 */
export function drawStratifiedSample<T extends { id: string; stratum: string }>(
  population: readonly T[],
  { sharePermille, seed, minPerStratum = 0 }: SampleOptions,
): T[] {
  const strata = new Map<string, T[]>();
  for (const item of population) {
    const list = strata.get(item.stratum) ?? [];
    list.push(item);
    strata.set(item.stratum, list);
  }
  const sample: T[] = [];
  for (const stratum of [...strata.keys()].sort()) {
    const members = strata.get(stratum) ?? [];
    const proportional = Math.ceil((members.length * sharePermille) / 1000);
    const take = Math.min(members.length, Math.max(proportional, minPerStratum));
    const ordered = members
      .map((m) => ({ m, key: drawKey(seed, m.id) }))
      .sort((a, b) => a.key - b.key || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
    sample.push(...ordered.slice(0, take).map((o) => o.m));
  }
  return sample;
}
