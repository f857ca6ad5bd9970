import { randomBytes } from 'node:crypto';

/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Time-ordered so b-tree inserts
 * stay local, and not guessable. `now` is injectable so the seed generator stays deterministic
 * in everything but these random bits.
 */
export function newId(now: number = Date.now(), random: Uint8Array = randomBytes(10)): string {
  const b = Buffer.alloc(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | ((random[0] ?? 0) & 0x0f);
  b[7] = random[1] ?? 0;
  b[8] = 0x80 | ((random[2] ?? 0) & 0x3f);
  for (let i = 9; i < 16; i++) b[i] = random[i - 6] ?? 0;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
