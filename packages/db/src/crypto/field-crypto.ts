import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Field-level encryption for sensitive personal information (ID numbers, bank accounts, phones):
 * AES-256-GCM for the value, and a keyed blind index (HMAC-SHA256) for exact lookup and
 * de-duplication without decrypting. Both keys derive from one 32-byte master key.
 */
export interface FieldCrypto {
  encrypt(plaintext: string): Buffer;
  decrypt(ciphertext: Uint8Array): string;
  blindIndex(value: string): string;
}

export function createFieldCrypto(masterKey: Uint8Array): FieldCrypto {
  if (masterKey.length !== 32) throw new Error('the data key must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'bangfu/field-enc/v1', 32));
  const idxKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'bangfu/blind-index/v1', 32));
  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(ciphertext) {
      const buf = Buffer.from(ciphertext);
      if (buf[0] !== VERSION) throw new Error('unknown ciphertext version');
      const iv = buf.subarray(1, 1 + IV_BYTES);
      const tag = buf.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', encKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(buf.subarray(1 + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sha256', idxKey).update(value, 'utf8').digest('base64url');
    },
  };
}
