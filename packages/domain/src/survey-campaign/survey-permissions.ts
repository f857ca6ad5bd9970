import type { Role } from '../org/org';
import { hasAnyRole } from '../org/permissions';

/** Who creates, edits, opens and closes 调研活动. */
export const SURVEY_MANAGE_ROLES: readonly Role[] = ['admin', 'caseworker'];
/** Who may capture responses; they must also be a member of a team covering the region. */
export const SURVEY_CAPTURE_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer'];
/** Who reads campaigns, progress and the answer summary. */
export const SURVEY_READ_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'auditor'];
/** Who may export the responses to Excel (every export is logged). */
export const SURVEY_EXPORT_ROLES: readonly Role[] = ['admin', 'caseworker', 'auditor'];

export const canManageSurveys = (roles: readonly Role[]): boolean => hasAnyRole(roles, SURVEY_MANAGE_ROLES);
export const canCaptureSurveys = (roles: readonly Role[]): boolean => hasAnyRole(roles, SURVEY_CAPTURE_ROLES);
export const canReadSurveys = (roles: readonly Role[]): boolean => hasAnyRole(roles, SURVEY_READ_ROLES);
export const canExportSurveys = (roles: readonly Role[]): boolean => hasAnyRole(roles, SURVEY_EXPORT_ROLES);
