import {
  APPROVE_AID_ROLES,
  APPROVE_FESTIVAL_ROLES,
  type ApprovalLevel,
  EDIT_FESTIVAL_ROLES,
  EDIT_PLAN_ROLES,
  EXPORT_LEDGER_ROLES,
  hasAnyRole,
  OPEN_RECOVERY_ROLES,
  type OrgKind,
  PAY_AID_ROLES,
  PAY_FESTIVAL_ROLES,
  READ_AID_ROLES,
  READ_FESTIVAL_ROLES,
  REQUEST_AID_ROLES,
  type Role,
  WAIVE_RECOVERY_ROLES,
} from '@bangfu/domain';
import { useCurrentUser } from '../auth/current-user';

// The role lists are the server's own (packages/domain); the UI only hides what would be refused.
export {
  APPROVE_AID_ROLES,
  APPROVE_FESTIVAL_ROLES,
  EDIT_FESTIVAL_ROLES,
  EDIT_PLAN_ROLES,
  EXPORT_LEDGER_ROLES,
  OPEN_RECOVERY_ROLES,
  PAY_AID_ROLES,
  PAY_FESTIVAL_ROLES,
  READ_AID_ROLES,
  READ_FESTIVAL_ROLES,
  REQUEST_AID_ROLES,
  WAIVE_RECOVERY_ROLES,
};

/** Who issues contact cards and answers portal requests (portal.router's CARD_ROLES). */
export const CARD_ROLES: readonly Role[] = ['admin', 'caseworker'];

/** Whether the signed-in user holds any of `roles`. */
export function useHasAidRole(roles: readonly Role[]): boolean {
  return hasAnyRole(useCurrentUser().roles, roles);
}

/** The level a union decides at, as the server reads it (brief §5); industry unions count as grassroots. */
const LEVEL_OF_KIND: Readonly<Record<OrgKind, ApprovalLevel>> = {
  PROVINCE: 'PROVINCE',
  PREFECTURE: 'PREFECTURE',
  COUNTY: 'COUNTY',
  GRASSROOTS_ENTERPRISE: 'GRASSROOTS',
  GRASSROOTS_COMMUNITY: 'GRASSROOTS',
  INDUSTRY: 'GRASSROOTS',
};

/** The signed-in user's approval level (from their union's kind). */
export function useMyApprovalLevel(): ApprovalLevel {
  return LEVEL_OF_KIND[useCurrentUser().org.kind] ?? 'GRASSROOTS';
}
