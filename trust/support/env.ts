/**
 * The harness's one reading of the environment: its own switch, and what a started server
 * inherits (PATH, HOME, …) without the test runner's database settings.
 */
const raw = process.env.BANGFU_TRUST_LONG ?? '0';
if (raw !== '0' && raw !== '1') throw new Error(`BANGFU_TRUST_LONG must be 0 or 1, got ${raw}`);

/** More rounds (kills, writes) when set; the default run stays short for CI. */
export const LONG = raw === '1';

/** The environment a child server starts from: ours, minus the databases it must not pick up. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, TEST_DATABASE_URL: _t, ...rest } = process.env;
  return rest;
}
