import type { Database } from '@bangfu/db';
import {
  DEFAULT_MUTUAL_AID_CLAIMS_POLICY,
  MUTUAL_AID_CLAIMS_POLICY_KIND,
  type MutualAidClaimsPolicy,
  MutualAidClaimsPolicySchema,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { type LoadedPolicy, loadPolicy } from '../policies/load-policy';

/** The second-review rules in force on `asOf` (version 0 = the built-in default). */
export function loadClaimsPolicy(
  db: Kysely<Database> | Transaction<Database>,
  asOf: string,
): Promise<LoadedPolicy<MutualAidClaimsPolicy>> {
  return loadPolicy(
    db,
    MUTUAL_AID_CLAIMS_POLICY_KIND,
    MutualAidClaimsPolicySchema,
    DEFAULT_MUTUAL_AID_CLAIMS_POLICY,
    asOf,
  );
}
