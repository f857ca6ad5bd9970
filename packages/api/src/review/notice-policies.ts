import type { Database } from '@bangfu/db';
import {
  CALENDAR_POLICY_KIND,
  DEFAULT_IDENTIFICATION_POLICY,
  DEFAULT_WORKING_CALENDAR,
  IDENTIFICATION_POLICY_KIND,
  IdentificationPolicySchema,
  WorkingCalendarSchema,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { loadPolicy } from '../policies/load-policy';

/** The two policies a notice period depends on, as in force on `asOf`. */
export async function loadNoticePolicies(db: Kysely<Database> | Transaction<Database>, asOf: string) {
  const identification = await loadPolicy(
    db,
    IDENTIFICATION_POLICY_KIND,
    IdentificationPolicySchema,
    DEFAULT_IDENTIFICATION_POLICY,
    asOf,
  );
  const calendar = await loadPolicy(
    db,
    CALENDAR_POLICY_KIND,
    WorkingCalendarSchema,
    DEFAULT_WORKING_CALENDAR,
    asOf,
  );
  return { identification, calendar };
}
