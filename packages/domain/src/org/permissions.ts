import type { Role } from './org';

/**
 * Who may see sensitive fields unmasked (brief §11.2 art. 51: least privilege). Plain functions
 * of the actor's roles, shared by server and UI; the server is the one that enforces them.
 */
export const REVEAL_ID_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'auditor'];
export const REVEAL_BANK_ROLES: readonly Role[] = ['admin', 'fund_officer', 'auditor'];
export const EDIT_HOUSEHOLD_ROLES: readonly Role[] = ['admin', 'caseworker'];
export const READ_HOUSEHOLD_ROLES: readonly Role[] = [
  'admin',
  'caseworker',
  'reviewer',
  'auditor',
  'volunteer',
  'fund_officer',
];

export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((r) => allowed.includes(r));
}
export const canRevealIdNumber = (roles: readonly Role[]): boolean => hasAnyRole(roles, REVEAL_ID_ROLES);
export const canRevealBankAccount = (roles: readonly Role[]): boolean => hasAnyRole(roles, REVEAL_BANK_ROLES);
export const canEditHousehold = (roles: readonly Role[]): boolean => hasAnyRole(roles, EDIT_HOUSEHOLD_ROLES);

/** Why a sensitive field was revealed; stored with the audit event. */
export const RevealPurpose = [
  'CASE_VERIFICATION',
  'PAYMENT',
  'INCOME_CHECK',
  'AUDIT',
  'WORKER_REQUEST',
] as const;
export type RevealPurpose = (typeof RevealPurpose)[number];
export const REVEAL_PURPOSE_LABELS: Readonly<Record<RevealPurpose, { zh: string; en: string }>> = {
  CASE_VERIFICATION: { zh: '核实身份', en: 'Verify identity' },
  PAYMENT: { zh: '发放帮扶资金', en: 'Pay aid' },
  INCOME_CHECK: { zh: '经济状况核对', en: 'Income check' },
  AUDIT: { zh: '审计检查', en: 'Audit' },
  WORKER_REQUEST: { zh: '职工本人要求', en: "Worker's own request" },
};
