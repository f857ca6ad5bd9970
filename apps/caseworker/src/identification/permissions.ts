import {
  DECLARE_ROLES,
  hasAnyRole,
  IDENT_CASE_ROLES,
  IDENT_READ_ROLES,
  MANAGE_DYNAMIC_ROLES,
  PRINT_NOTICE_ROLES,
  REVIEW_INBOX_ROLES,
  type Role,
  SPOT_CHECK_ROLES,
  VOLUNTEER_ROLES,
} from '@bangfu/domain';
import { useCurrentUser } from '../auth/current-user';

// The role lists are the server's own (packages/domain); the UI only hides what would be refused.
/** Who works cases (application, survey, assessment). */
export const CASE_WORK_ROLES = IDENT_CASE_ROLES;
/** Who reads case pages. */
export const CASE_READ_ROLES = IDENT_READ_ROLES;
/** Who has an inbox: case work or review work. */
export const INBOX_ROLES: readonly Role[] = [...new Set([...IDENT_CASE_ROLES, ...REVIEW_INBOX_ROLES])];
export { DECLARE_ROLES, MANAGE_DYNAMIC_ROLES, PRINT_NOTICE_ROLES, SPOT_CHECK_ROLES, VOLUNTEER_ROLES };

/** Whether the signed-in user holds any of `roles`. The server enforces; this only hides buttons. */
export function useHasRole(roles: readonly Role[]): boolean {
  return hasAnyRole(useCurrentUser().roles, roles);
}
