import type { Role } from '../../org/org';

/**
 * Segregation of duties for 送温暖: caseworkers draw up the list, a reviewer (not the creator)
 * approves it, a fund officer pays it; auditors read everything. Admin may do each step.
 */
export const EDIT_FESTIVAL_ROLES: readonly Role[] = ['admin', 'caseworker'];
export const APPROVE_FESTIVAL_ROLES: readonly Role[] = ['admin', 'reviewer'];
export const PAY_FESTIVAL_ROLES: readonly Role[] = ['admin', 'fund_officer'];
export const READ_FESTIVAL_ROLES: readonly Role[] = [
  'admin',
  'caseworker',
  'reviewer',
  'fund_officer',
  'auditor',
];
