import type { Database } from '@bangfu/db';
import {
  ASSESSMENT_POLICY_KIND,
  type AssessmentPolicy,
  AssessmentPolicySchema,
  DEFAULT_ASSESSMENT_POLICY,
  DomainError,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Context, StaffActor } from '../context';
import { type LoadedPolicy, loadPolicy } from '../policies/load-policy';

export type StaffContext = Context & { actor: StaffActor };
export type Db = Kysely<Database> | Transaction<Database>;

/** The 考核 policy in force on `asOf`; rankings record its version. */
export function loadAssessmentPolicy(db: Db, asOf: string): Promise<LoadedPolicy<AssessmentPolicy>> {
  return loadPolicy(db, ASSESSMENT_POLICY_KIND, AssessmentPolicySchema, DEFAULT_ASSESSMENT_POLICY, asOf);
}

export const notParentUnit = (orgId: string): DomainError =>
  new DomainError(
    'FORBIDDEN',
    {
      zh: '只有上一级工会可以为该单位设定考核目标',
      en: "Only the unit's parent union may set its targets",
    },
    { orgId },
  );

export const targetVersionConflict = (orgId: string, metric: string): DomainError =>
  new DomainError(
    'VERSION_CONFLICT',
    {
      zh: '考核目标已被他人修改,请刷新后重试',
      en: 'Someone else changed these targets; reload and try again',
    },
    { orgId, metric },
  );
