import type { Role } from '../../org/org';
import { hasAnyRole } from '../../org/permissions';

/**
 * Who records training and placements (the household's people on the ground and the employment
 * officers), and who reads them. Both show household data, so each is scoped to the actor's subtree.
 */
export const EDIT_TRAINING_ROLES: readonly Role[] = ['admin', 'employment_officer', 'caseworker'];
export const READ_TRAINING_ROLES: readonly Role[] = [...EDIT_TRAINING_ROLES, 'reviewer', 'auditor'];
export const canEditTraining = (roles: readonly Role[]): boolean => hasAnyRole(roles, EDIT_TRAINING_ROLES);
export const canReadTraining = (roles: readonly Role[]): boolean => hasAnyRole(roles, READ_TRAINING_ROLES);
