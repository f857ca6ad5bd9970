import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The master key for field encryption. From the environment in production; for the embedded
 * start, a key file created (mode 0600) in the data folder on first start.
 */
export async function loadDataKey(opts: {
  envKey: string | undefined;
  dataDir: string | null;
}): Promise<Buffer> {
  if (opts.envKey) {
    const key = Buffer.from(opts.envKey, 'base64');
    if (key.length !== 32) throw new Error('BANGFU_DATA_KEY must be base64 of exactly 32 bytes');
    return key;
  }
  if (!opts.dataDir) throw new Error('BANGFU_DATA_KEY is required when DATABASE_URL is set');
  const file = join(opts.dataDir, 'bangfu.key');
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key`);
    return key;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await mkdir(opts.dataDir, { recursive: true });
    const key = randomBytes(32);
    await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  }
}
