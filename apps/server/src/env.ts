import { resolve } from 'node:path';
import { z } from 'zod';

/** The one place that reads process.env: validated, typed, with defaults for the embedded start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  BANGFU_DATA_DIR: z.string().default('./data'),
  /** Base64 of 32 bytes. Required with DATABASE_URL; the embedded start keeps a key file instead. */
  BANGFU_DATA_KEY: z.string().optional(),
  /** Password for the one admin a production start creates. */
  BANGFU_ADMIN_PASSWORD: z.string().optional(),
  BANGFU_DEMO_HOUSEHOLDS: z.coerce.number().int().min(0).max(1_000_000).default(2_000),
  BANGFU_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  /** The public origin workers reach the portal at (https://…), printed as the card's QR code. */
  BANGFU_PUBLIC_ORIGIN: z.string().url().optional(),
  /** Who delivers SMS/WeChat outbox messages: 'log' writes them to the log, 'none' keeps them queued. */
  BANGFU_NOTIFY_SENDER: z.enum(['log', 'none']).default('log'),
  BANGFU_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema> & { dataDir: string };

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set", as shells and service managers write it.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.BANGFU_DATA_DIR) };
}
