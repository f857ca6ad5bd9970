import type { Database } from '@bangfu/db';
import {
  DEFAULT_DYNAMIC_MANAGEMENT_POLICY,
  DEFAULT_IDENTIFICATION_POLICY,
  DYNAMIC_MANAGEMENT_POLICY_KIND,
  DynamicManagementPolicySchema,
  IDENTIFICATION_POLICY_KIND,
  IdentificationPolicySchema,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { loadPolicy } from '../policies/load-policy';

export type { StaffContext } from '../employment/employment-errors';
export type Executor = Kysely<Database> | Transaction<Database>;

export function loadDynamicPolicy(db: Executor, asOf: string) {
  return loadPolicy(
    db,
    DYNAMIC_MANAGEMENT_POLICY_KIND,
    DynamicManagementPolicySchema,
    DEFAULT_DYNAMIC_MANAGEMENT_POLICY,
    asOf,
  );
}

export function loadIdentificationPolicy(db: Executor, asOf: string) {
  return loadPolicy(
    db,
    IDENTIFICATION_POLICY_KIND,
    IdentificationPolicySchema,
    DEFAULT_IDENTIFICATION_POLICY,
    asOf,
  );
}
