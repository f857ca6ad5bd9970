import type { Role } from '../../org/org';

/** Who does the case work of identification (volunteers never do). */
export const IDENT_CASE_ROLES: readonly Role[] = ['admin', 'caseworker'];
/** Who may read a case, its timeline and its attachments. */
export const IDENT_READ_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'auditor'];
/** Staff roles that may be assigned as surveyors (brief §3.1 step 3: ≥ 2 工作人员). */
export const SURVEYOR_ROLES: readonly Role[] = ['caseworker', 'admin'];
