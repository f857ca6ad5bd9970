import {
  hasAnyRole,
  type Role,
  SURVEY_CAPTURE_ROLES,
  SURVEY_EXPORT_ROLES,
  SURVEY_MANAGE_ROLES,
  SURVEY_READ_ROLES,
} from '@bangfu/domain';
import { useCurrentUser } from '../../auth/current-user';

// The role lists are the server's own (packages/domain); the UI only hides what would be refused.
export { SURVEY_CAPTURE_ROLES, SURVEY_EXPORT_ROLES, SURVEY_MANAGE_ROLES };
export const SURVEY_VIEW_ROLES: readonly Role[] = [
  ...new Set([...SURVEY_READ_ROLES, ...SURVEY_CAPTURE_ROLES]),
];

export function useHasSurveyRole(roles: readonly Role[]): boolean {
  return hasAnyRole(useCurrentUser().roles, roles);
}
