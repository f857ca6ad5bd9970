import type { Role } from '../../org/org';

/**
 * Who may do what in 职工医疗互助 (issue 5). Fund officers and admins run schemes, fund accounts
 * and pharmacy top-ups; caseworkers enrol members for units in their scope; auditors read.
 */
export const MA_MANAGE_ROLES: readonly Role[] = ['admin', 'fund_officer'];
export const MA_ENROL_ROLES: readonly Role[] = ['admin', 'fund_officer', 'caseworker'];
export const MA_READ_ROLES: readonly Role[] = ['admin', 'fund_officer', 'caseworker', 'auditor'];
/** The fund's books: not for caseworkers, who only enrol. */
export const MA_FUND_READ_ROLES: readonly Role[] = ['admin', 'fund_officer', 'auditor'];
export const MA_SEED_ROLES: readonly Role[] = ['admin'];
