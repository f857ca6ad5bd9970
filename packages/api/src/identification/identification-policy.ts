import type { Database } from '@bangfu/db';
import {
  DEFAULT_IDENTIFICATION_POLICY,
  IDENTIFICATION_POLICY_KIND,
  type IdentificationPolicy,
  IdentificationPolicySchema,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { type LoadedPolicy, loadPolicy } from '../policies/load-policy';

/** The identification policy in force now; decisions store its version. */
export function loadIdentificationPolicy(
  db: Kysely<Database> | Transaction<Database>,
): Promise<LoadedPolicy<IdentificationPolicy>> {
  return loadPolicy(
    db,
    IDENTIFICATION_POLICY_KIND,
    IdentificationPolicySchema,
    DEFAULT_IDENTIFICATION_POLICY,
  );
}
