import {
  canEditTraining,
  canReadTraining,
  canSeeMatches,
  EDIT_EMPLOYMENT_ROLES,
  hasAnyRole,
} from '@bangfu/domain';
import { useCurrentUser } from '../auth/current-user';

/** Whether the signed-in user may post and change employers, positions and fairs. */
export function useCanEditEmployment(): boolean {
  return hasAnyRole(useCurrentUser().roles, EDIT_EMPLOYMENT_ROLES);
}

/** Whether the signed-in user may see matches (送岗到户) between households and positions. */
export function useCanSeeMatches(): boolean {
  return canSeeMatches(useCurrentUser().roles);
}

/** Whether the signed-in user may see a household's training and placements. */
export function useCanReadTraining(): boolean {
  return canReadTraining(useCurrentUser().roles);
}

/** Whether the signed-in user may enrol members, record completions, placements and checks. */
export function useCanEditTraining(): boolean {
  return canEditTraining(useCurrentUser().roles);
}
