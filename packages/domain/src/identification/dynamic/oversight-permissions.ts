import type { Role } from '../../org/org';

/** Volunteers do their visits and refer people; nothing else (brief §5). */
export const VOLUNTEER_ROLES: readonly Role[] = ['volunteer'];
export const REFER_ROLES: readonly Role[] = ['volunteer', 'caseworker', 'admin'];
/** Caseworkers run volunteers, reviews, exits, follow-ups and re-entry. */
export const MANAGE_DYNAMIC_ROLES: readonly Role[] = ['admin', 'caseworker'];
/** Spot checks are drawn and judged by auditors, never by those who filed the cases. */
export const SPOT_CHECK_ROLES: readonly Role[] = ['admin', 'auditor'];
export const READ_QUALITY_ROLES: readonly Role[] = ['admin', 'auditor', 'reviewer'];
/** Who reads volunteers' verification results on a case page (never the volunteers themselves). */
export const READ_VERIFICATIONS_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'auditor'];
