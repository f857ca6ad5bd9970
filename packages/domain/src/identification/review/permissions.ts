import type { Role } from '../../org/org';
import { ALL_ROLES } from '../../org/org';

/** Every staff member declares their own conflicts (回避申报). */
export const DECLARE_ROLES: readonly Role[] = ALL_ROLES;
/** The filing union records the meeting, the income check and the notice. */
export const RECORD_REVIEW_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer'];
export const NOTICE_ROLES: readonly Role[] = ['admin', 'caseworker'];
export const PRINT_NOTICE_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'volunteer'];
/** 上级复核 is a reviewer's act. */
export const DECIDE_ROLES: readonly Role[] = ['admin', 'reviewer'];
export const REVIEW_INBOX_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer'];
export const CLOSE_NOTICES_ROLES: readonly Role[] = ['admin'];
/** Who reads notices with real names and objections (staff of the filing line, in scope). */
export const NOTICE_READ_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer'];
