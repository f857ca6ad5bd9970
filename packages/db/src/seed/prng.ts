/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32) so that a synthetic province
 * is the same every time for the same seed. Math.random is never used by the seed generator.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A derived, independent stream: draws from it do not shift this one's sequence beyond one call. */
  fork(label: number): Rng {
    return new Rng((this.uint32() ^ Math.imul(label, 0x27d4eb2d)) >>> 0);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** `n` decimal digits as a string (leading zeros allowed). */
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String.fromCharCode(48 + Math.floor(this.float() * 10));
    return out;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const r = this.uint32();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (r >>> (8 * j)) & 0xff;
    }
    return out;
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[] | Uint8Array): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
  }
}

/** A weighted choice, prepared once: integer weights, binary search on the running total. */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const items: T[] = [];
    const cumulative: number[] = [];
    let total = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      total += weight;
      items.push(item);
      cumulative.push(total);
    }
    if (total === 0) throw new RangeError('a weighted table needs a positive weight');
    this.items = items;
    this.cumulative = cumulative;
    this.total = total;
  }

  draw(rng: Rng): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (x < (this.cumulative[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  return new WeightedTable(entries);
}

/** A weighted table from an object literal: `{ ON_DUTY: 55, FLEXIBLE: 15 }`. */
export function weightedKeys<K extends string>(
  weights: Readonly<Partial<Record<K, number>>>,
): WeightedTable<K> {
  return new WeightedTable(Object.entries(weights) as [K, number][]);
}

/** A weighted table from a compact spec, `'王:70 李:68 张:60'`, for long lists of plain strings. */
export function weightedSpec(spec: string): WeightedTable<string> {
  return new WeightedTable(
    spec
      .trim()
      .split(/\s+/)
      .map((entry): [string, number] => {
        const [item = '', weight = ''] = entry.split(':');
        return [item, Number(weight)];
      }),
  );
}
