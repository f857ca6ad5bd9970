import type { Role } from '../../org/org';
import { hasAnyRole } from '../../org/permissions';

/**
 * Household-linked support (internships, competition entries, mentoring, start-up cases, linking a
 * worker to an enterprise) is recorded by the people on the ground and the employment officers.
 */
export const EDIT_SUPPORT_ROLES: readonly Role[] = ['admin', 'employment_officer', 'caseworker'];
export const READ_SUPPORT_ROLES: readonly Role[] = [...EDIT_SUPPORT_ROLES, 'reviewer', 'auditor'];
/** Programme records without a household (competitions, struggling enterprises). */
export const MANAGE_SUPPORT_ROLES: readonly Role[] = ['admin', 'employment_officer'];

export const canEditSupport = (roles: readonly Role[]): boolean => hasAnyRole(roles, EDIT_SUPPORT_ROLES);
export const canManageSupport = (roles: readonly Role[]): boolean => hasAnyRole(roles, MANAGE_SUPPORT_ROLES);
