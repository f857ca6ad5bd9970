import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCrypto } from './field-crypto';

describe('field crypto', () => {
  const crypto = createFieldCrypto(randomBytes(32));

  it('round-trips and never stores the plaintext', () => {
    const ct = crypto.encrypt('520102198001010013');
    expect(ct.toString('latin1')).not.toContain('520102198001010013');
    expect(crypto.decrypt(ct)).toBe('520102198001010013');
  });

  it('uses a fresh IV each time but a stable blind index', () => {
    expect(crypto.encrypt('x').equals(crypto.encrypt('x'))).toBe(false);
    expect(crypto.blindIndex('520102198001010013')).toBe(crypto.blindIndex('520102198001010013'));
    expect(crypto.blindIndex('520102198001010013')).not.toBe(crypto.blindIndex('520102198001010021'));
  });

  it('rejects a tampered ciphertext', () => {
    const ct = crypto.encrypt('6222020200112233445');
    ct[ct.length - 1] = (ct[ct.length - 1] ?? 0) ^ 1;
    expect(() => crypto.decrypt(ct)).toThrow();
  });

  it('a different key gives a different blind index and cannot decrypt', () => {
    const other = createFieldCrypto(randomBytes(32));
    expect(other.blindIndex('a')).not.toBe(crypto.blindIndex('a'));
    expect(() => other.decrypt(crypto.encrypt('a'))).toThrow();
  });
});
