import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, t=2, p=1): strong, and fast enough for sign-in on 2 cores.
// The algorithm is left at the library default, Argon2id (a const enum we cannot import here);
// the test checks the stored hash starts with $argon2id$.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps the time of a sign-in with an unknown username the same as with
// a known one, so response times do not reveal which usernames exist.
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('bangfu-dummy-password-0');
  await verifyPassword(await dummyHash, password);
}
