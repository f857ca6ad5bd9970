import type { Role } from '../org/org';

/** Targets are set by the admin or caseworkers of the parent union (checked against the org, too). */
export const SET_ASSESSMENT_TARGET_ROLES: readonly Role[] = ['admin', 'caseworker'];
/** Who reads progress, overdue tasks and the ranking of the units below them. */
export const READ_ASSESSMENT_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'auditor'];
/** The 考核表 export is a sheet about units, not people; the same readers may take it. */
export const EXPORT_ASSESSMENT_ROLES: readonly Role[] = READ_ASSESSMENT_ROLES;
