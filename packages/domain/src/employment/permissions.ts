import type { Role } from '../org/org';

/**
 * Who may post employers, positions and fairs, and who may read them. Job information is public,
 * so every staff role reads it; the employer's contact phone stays masked for all of them.
 */
export const EDIT_EMPLOYMENT_ROLES: readonly Role[] = ['admin', 'employment_officer'];
export const READ_EMPLOYMENT_ROLES: readonly Role[] = [
  'admin',
  'employment_officer',
  'caseworker',
  'reviewer',
  'auditor',
  'volunteer',
  'fund_officer',
];
