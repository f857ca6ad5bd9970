/**
 * The harness's reading of the environment (the e2e suite uses it too): the trust switch, parsed
 * and validated once in packages/api's trust-env, and what a started server inherits (PATH,
 * HOME, …) without the test runner's database settings.
 */
import { TRUST_LONG } from '../../packages/api/src/testing/trust-env';

/** More rounds (kills, writes) when set; the default run stays short for CI. */
export const LONG = TRUST_LONG;

/** The environment a child server starts from: ours, minus the databases it must not pick up. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, TEST_DATABASE_URL: _t, ...rest } = process.env;
  return rest;
}
