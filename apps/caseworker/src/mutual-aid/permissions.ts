import {
  FUND_REPORT_ROLES,
  hasAnyRole,
  MA_ENROL_ROLES,
  MA_FUND_READ_ROLES,
  MA_MANAGE_ROLES,
  MA_READ_ROLES,
  MA_SEED_ROLES,
  PAY_CLAIM_ROLES,
  READ_CLAIM_ROLES,
  REVIEW_CLAIM_ROLES,
  type Role,
  SUBMIT_CLAIM_ROLES,
} from '@bangfu/domain';
import { useCurrentUser } from '../auth/current-user';

// The role lists are the server's own (packages/domain); the UI only hides what would be refused.
export {
  FUND_REPORT_ROLES,
  MA_ENROL_ROLES,
  MA_FUND_READ_ROLES,
  MA_MANAGE_ROLES,
  MA_READ_ROLES,
  MA_SEED_ROLES,
  PAY_CLAIM_ROLES,
  READ_CLAIM_ROLES,
  REVIEW_CLAIM_ROLES,
  SUBMIT_CLAIM_ROLES,
};

/** Whether the signed-in user holds any of `roles`. */
export function useHasMaRole(roles: readonly Role[]): boolean {
  return hasAnyRole(useCurrentUser().roles, roles);
}
