import type { Role } from '../../org/org';

/** Who files a claim for a member of a unit in their scope (the unit union's staff, the fund). */
export const SUBMIT_CLAIM_ROLES: readonly Role[] = ['admin', 'caseworker', 'fund_officer'];
/** Who decides claims (first and second review) and pays approved ones. */
export const REVIEW_CLAIM_ROLES: readonly Role[] = ['admin', 'fund_officer'];
export const PAY_CLAIM_ROLES: readonly Role[] = ['admin', 'fund_officer'];
export const READ_CLAIM_ROLES: readonly Role[] = [
  'admin',
  'caseworker',
  'reviewer',
  'auditor',
  'fund_officer',
];
/** Fund statistics and the what-if read only aggregates. */
export const FUND_REPORT_ROLES: readonly Role[] = ['admin', 'auditor', 'fund_officer'];
