import type { Role } from '../../org/org';

/** Who does what with plans and the aid ledger (brief §5); plain lists shared by server and UI. */
export const READ_AID_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'auditor', 'fund_officer'];
export const EDIT_PLAN_ROLES: readonly Role[] = ['admin', 'caseworker'];
export const REQUEST_AID_ROLES: readonly Role[] = ['admin', 'caseworker'];
export const APPROVE_AID_ROLES: readonly Role[] = ['admin', 'reviewer'];
export const PAY_AID_ROLES: readonly Role[] = ['admin', 'fund_officer'];
export const OPEN_RECOVERY_ROLES: readonly Role[] = ['admin', 'reviewer', 'fund_officer'];
export const WAIVE_RECOVERY_ROLES: readonly Role[] = ['admin'];
export const EXPORT_LEDGER_ROLES: readonly Role[] = ['admin', 'auditor', 'fund_officer'];
